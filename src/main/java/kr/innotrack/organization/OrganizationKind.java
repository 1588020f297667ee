package kr.innotrack.organization;

import kr.innotrack.shared.Labeled;

/**
 * 광역 (a metropolitan city or province), 기초 (a city, county or district under one), or 중앙행정기관 (a national ministry
 * or agency, e.g. 행정안전부, which runs national awards and public votes).
 */
public enum OrganizationKind implements Labeled {
    METROPOLITAN,
    BASIC,
    CENTRAL
}
