package kr.innotrack.organization;

import kr.innotrack.shared.Labeled;

/** 광역 (a metropolitan city or province) or 기초 (a city, county or district under one). */
public enum OrganizationKind implements Labeled {
    METROPOLITAN,
    BASIC
}
