-- Calendar days of the years a batch touches, computed by the loader; the missing ones are added to dw.dim_date.
CREATE TABLE stg.calendar_day (
    batch_id          INT          NOT NULL,
    date_key          INT          NOT NULL,
    full_date         DATE         NOT NULL,
    calendar_year     INT          NOT NULL,
    calendar_quarter  INT          NOT NULL,
    month_number      INT          NOT NULL,
    month_name        NVARCHAR(10) NOT NULL,
    year_month        CHAR(7)      NOT NULL,
    iso_year          INT          NOT NULL,
    iso_week          INT          NOT NULL,
    day_of_month      INT          NOT NULL,
    day_of_week       INT          NOT NULL,
    day_name          NVARCHAR(10) NOT NULL,
    is_weekend        BIT          NOT NULL,
    is_uk_holiday     BIT          NOT NULL
);
