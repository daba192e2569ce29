-- Calendar days of the years a batch touches, computed by the loader; the missing ones are added to dw.dim_date.
CREATE TABLE stg.calendar_day (
    batch_id          INTEGER     NOT NULL,
    date_key          INTEGER     NOT NULL,
    full_date         DATE        NOT NULL,
    calendar_year     INTEGER     NOT NULL,
    calendar_quarter  INTEGER     NOT NULL,
    month_number      INTEGER     NOT NULL,
    month_name        VARCHAR(10) NOT NULL,
    year_month        VARCHAR(7)  NOT NULL,
    iso_year          INTEGER     NOT NULL,
    iso_week          INTEGER     NOT NULL,
    day_of_month      INTEGER     NOT NULL,
    day_of_week       INTEGER     NOT NULL,
    day_name          VARCHAR(10) NOT NULL,
    is_weekend        BOOLEAN     NOT NULL,
    is_uk_holiday     BOOLEAN     NOT NULL
);
