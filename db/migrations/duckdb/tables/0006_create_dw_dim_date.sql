-- Calendar dimension keyed yyyymmdd, with the attributes the views group by.
CREATE TABLE dw.dim_date (
    date_key          INTEGER     NOT NULL PRIMARY KEY,
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
