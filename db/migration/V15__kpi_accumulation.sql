-- Issue 16: what a KPI's quarterly figures mean (실적 집계): PER_QUARTER (each quarter's own value; the year's
-- achievement is their sum), CUMULATIVE (running total since the start of the year), POINT_IN_TIME (the level at the
-- quarter's end). Achievement before this column took the latest value: CUMULATIVE keeps that for every KPI.
-- No CHECK constraint (H2 2.4 and enum IN lists): the application writes only the enum's names.
alter table kpi add column accumulation varchar(20) default 'CUMULATIVE' not null;

-- The seeded Samcheok 2021 KPIs that are rates or levels, not counts that add up over the year (docs/seed-data.md).
update kpi set accumulation = 'POINT_IN_TIME'
where name in ('주민 투자수익률(투자액 대비, 연간)', '마을공동체 지원사업 참여율', '전자통지서 수신률',
               '민방위 교육훈련 참석률', '강원대 협의기간', '취업애로계층 취업률(교육인원기준)', '개방 데이터 수(누적)',
               '지자체 표준지표 대비 사전정보 공표율', '사전정보 공표 건수');
