"""Table of expressions with the value, type and modifier the gold
guidelines call for.  The document date is a Monday (2021-08-09) unless a
row says otherwise; sentences are short inventions that set the tense."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import resolve_date

D = dt.date(2021, 8, 9)  # a Monday, ISO week 32
J = dt.date(2016, 1, 11)  # a Monday in January, ISO week 2
N = None

# (expression, doc date, sentence, value, type, mod)
CASES = [
    # --- absolute days, months, years ------------------------------------
    ("August 09, 2021", D, "", "2021-08-09", "DATE", N),
    ("9 August 2021", D, "", "2021-08-09", "DATE", N),
    ("Aug. 9, 2021", D, "", "2021-08-09", "DATE", N),
    ("Aug 9, 2021", D, "", "2021-08-09", "DATE", N),
    ("August 9th, 2021", D, "", "2021-08-09", "DATE", N),
    ("the 9th of August 2021", D, "", "2021-08-09", "DATE", N),
    ("Monday, August 9, 2021", D, "", "2021-08-09", "DATE", N),
    ("2021-08-09", D, "", "2021-08-09", "DATE", N),
    ("20210809", D, "", "2021-08-09", "DATE", N),
    ("13/08/2021", D, "", "2021-08-13", "DATE", N),
    ("08/13/2021", D, "", "2021-08-13", "DATE", N),
    ("09/08/2021", D, "", None, "DATE", N),
    ("9.8.2021", D, "", "2021-08-09", "DATE", N),
    ("February 30, 2021", D, "", None, "DATE", N),
    ("February 29, 2020", D, "", "2020-02-29", "DATE", N),
    ("August 2021", D, "", "2021-08", "DATE", N),
    ("Aug. 2014", D, "", "2014-08", "DATE", N),
    ("June of 2014", D, "", "2014-06", "DATE", N),
    ("2017", D, "", "2017", "DATE", N),
    ("in 2017", D, "", "2017", "DATE", N),
    ("fiscal 2021", D, "", "2021", "DATE", N),
    ("FY2022", D, "", "2022", "DATE", N),
    ("the year 1979", D, "", "1979", "DATE", N),
    ("2021-08", D, "", "2021-08", "DATE", N),
    ("2014's", D, "", "2014", "DATE", N),
    # --- year-less dates, resolved by tense --------------------------------
    ("December 31", D, "Troops will leave by December 31.", "2021-12-31", "DATE", N),
    ("December 31", D, "The mission lasts until December 31.", "2021-12-31", "DATE", N),
    ("December 31", D, "The deal was signed on December 31.", "2020-12-31", "DATE", N),
    ("Aug. 9", D, "", "2021-08-09", "DATE", N),
    ("March 3", D, "He was arrested on March 3.", "2021-03-03", "DATE", N),
    ("March 3", D, "Talks will resume on March 3.", "2022-03-03", "DATE", N),
    ("October 5", D, "The vote is set for October 5.", "2021-10-05", "DATE", N),
    ("August 20", D, "", "2021-08-20", "DATE", N),
    ("December 20", D, "", "2020-12-20", "DATE", N),
    ("January 27", J, "She hopes to visit on January 27.", "2016-01-27", "DATE", N),
    ("Dec. 17", J, "The court ruled on Dec. 17.", "2015-12-17", "DATE", N),
    ("22 March", D, "The minister resigned on 22 March.", "2021-03-22", "DATE", N),
    ("April", D, "The army withdrew in April.", "2021-04", "DATE", N),
    ("April", D, "Elections will be held in April.", "2022-04", "DATE", N),
    ("September", J, "A truce was agreed in September.", "2015-09", "DATE", N),
    ("September", D, "", "2021-09", "DATE", N),
    ("December", D, "", "2020-12", "DATE", N),
    ("March", D, "The system will be ready by March.", "2022-03", "DATE", N),
    (
        "October 9",
        D,
        "Since October 2019, protests spread; on October 9 they grew.",
        "2019-10-09",
        "DATE",
        N,
    ),
    ("the 15th", D, "The ministers met on the 15th.", "2021-07-15", "DATE", N),
    ("the 15th", D, "The ministers will meet on the 15th.", "2021-08-15", "DATE", N),
    ("the month of May", D, "It happened in the month of May.", "2021-05", "DATE", N),
    # --- modifiers ---------------------------------------------------------
    ("early April", D, "Clashes broke out in early April.", "2021-04", "DATE", "START"),
    ("mid-April", D, "Clashes broke out in mid-April.", "2021-04", "DATE", "MID"),
    ("late April", D, "Clashes broke out in late April.", "2021-04", "DATE", "END"),
    ("the end of August", D, "", "2021-08", "DATE", "END"),
    ("the beginning of 2020", D, "", "2020", "DATE", "START"),
    ("the start of 2019", D, "", "2019", "DATE", "START"),
    ("the middle of 2018", D, "", "2018", "DATE", "MID"),
    ("mid-2021", D, "", "2021", "DATE", "MID"),
    ("early 2020", D, "", "2020", "DATE", "START"),
    ("late 2019", D, "", "2019", "DATE", "END"),
    ("end-2022", D, "", "2022", "DATE", "END"),
    ("the end of the year", D, "", "2021", "DATE", "END"),
    ("the end of this year", D, "", "2021", "DATE", "END"),
    ("the end of next year", D, "", "2022", "DATE", "END"),
    ("late last year", D, "", "2020", "DATE", "END"),
    ("early next month", D, "", "2021-09", "DATE", "START"),
    ("the end of the month", D, "", "2021-08", "DATE", "END"),
    ("the early 1990s", D, "", "199", "DATE", "START"),
    ("the late 1970s", D, "", "197", "DATE", "END"),
    ("the first half of April", D, "", "2021-04", "DATE", "START"),
    ("late Tuesday", D, "Police said late Tuesday.", "2021-08-03", "DATE", "END"),
    ("early on Sunday", D, "The raid began early on Sunday.", "2021-08-08", "DATE", "START"),
    # --- halves, quarters, seasons, weeks -----------------------------------
    ("the first half of 2020", D, "", "2020-H1", "DATE", N),
    ("the second half of 2019", D, "", "2019-H2", "DATE", N),
    ("the first half of the year", D, "", "2021-H1", "DATE", N),
    ("the second half of next year", D, "", "2022-H2", "DATE", N),
    ("H1 2020", D, "", "2020-H1", "DATE", N),
    ("the third quarter of 2021", D, "", "2021-Q3", "DATE", N),
    ("the first quarter", D, "Profits rose in the first quarter.", "2021-Q1", "DATE", N),
    ("the fourth quarter", D, "Profits rose in the fourth quarter, it said.", "2020-Q4", "DATE", N),
    ("Q3 2021", D, "", "2021-Q3", "DATE", N),
    ("last quarter", D, "", "2021-Q2", "DATE", N),
    ("this quarter", D, "", "2021-Q3", "DATE", N),
    ("summer 2021", D, "", "2021-SU", "DATE", N),
    ("the summer of 2014", D, "", "2014-SU", "DATE", N),
    ("winter 2020", D, "", "2020-WI", "DATE", N),
    ("autumn 2019", D, "", "2019-FA", "DATE", N),
    ("fall 2019", D, "", "2019-FA", "DATE", N),
    ("this summer", D, "", "2021-SU", "DATE", N),
    ("last winter", D, "", "2020-WI", "DATE", N),
    ("next spring", D, "", "2022-SP", "DATE", N),
    ("the spring", D, "Protests erupted in the spring.", "2021-SP", "DATE", N),
    ("this week", D, "", "2021-W32", "DATE", N),
    ("last week", D, "", "2021-W31", "DATE", N),
    ("next week", D, "", "2021-W33", "DATE", N),
    ("earlier in the week", D, "", "2021-W32", "DATE", N),
    ("later this week", D, "", "2021-W32", "DATE", N),
    ("last week", J, "", "2016-W01", "DATE", N),
    ("the week to Saturday", D, "Prices fell in the week to Saturday.", "2021-W31", "DATE", N),
    ("this weekend", D, "", "2021-W32-WE", "DATE", N),
    ("last weekend", D, "", "2021-W31-WE", "DATE", N),
    ("the weekend", D, "Fighting flared over the weekend.", "2021-W31-WE", "DATE", N),
    # --- relative to the document date ------------------------------------
    ("today", D, "", "2021-08-09", "DATE", N),
    ("Today", D, "", "2021-08-09", "DATE", N),
    ("tonight", D, "", "2021-08-09", "DATE", N),
    ("yesterday", D, "", "2021-08-08", "DATE", N),
    ("last night", D, "", "2021-08-08", "DATE", N),
    ("tomorrow", D, "", "2021-08-10", "DATE", N),
    ("the day after tomorrow", D, "", "2021-08-11", "DATE", N),
    ("Monday", D, "The army said on Monday.", "2021-08-09", "DATE", N),
    # the document's own weekday is its day, in any tense ("next Monday" is a week on)
    ("Monday", D, "Talks will resume on Monday.", "2021-08-09", "DATE", N),
    ("next Monday", D, "Talks will resume next Monday.", "2021-08-16", "DATE", N),
    ("Sunday", D, "Officials said on Sunday.", "2021-08-08", "DATE", N),
    ("Thursday", D, "The UN said Thursday that aid arrived.", "2021-08-05", "DATE", N),
    ("Thursday", D, "The UN will vote on Thursday.", "2021-08-12", "DATE", N),
    ("Friday", D, "The talks are scheduled for Friday.", "2021-08-13", "DATE", N),
    ("Friday", D, "The talks had been scheduled for Friday.", "2021-08-06", "DATE", N),
    ("Tuesday", D, "", "2021-08-03", "DATE", N),
    ("Monday's", D, "Monday's attack killed four.", "2021-08-09", "DATE", N),
    ("Monday night", D, "Rockets hit the base Monday night.", "2021-08-09", "DATE", N),
    ("Saturday morning", D, "They fled on Saturday morning.", "2021-08-07", "DATE", N),
    ("last Monday", D, "", "2021-08-02", "DATE", N),
    ("next Monday", D, "", "2021-08-16", "DATE", N),
    ("last month", D, "", "2021-07", "DATE", N),
    ("this month", D, "", "2021-08", "DATE", N),
    ("next month", D, "", "2021-09", "DATE", N),
    ("later in the month", D, "", "2021-08", "DATE", N),
    ("earlier in the month", D, "", "2021-08", "DATE", N),
    ("last month", J, "", "2015-12", "DATE", N),
    ("last year", D, "", "2020", "DATE", N),
    ("this year", D, "", "2021", "DATE", N),
    ("next year", D, "", "2022", "DATE", N),
    ("earlier this year", D, "", "2021", "DATE", N),
    ("later this year", D, "", "2021", "DATE", N),
    ("last year's", D, "", "2020", "DATE", N),
    ("May of last year", D, "", "2020-05", "DATE", N),
    ("March last year", D, "", "2020-03", "DATE", N),
    ("last November", D, "", "2020-11", "DATE", N),
    ("last March", D, "", "2021-03", "DATE", N),
    ("next March", D, "", "2022-03", "DATE", N),
    ("this October", D, "", "2021-10", "DATE", N),
    ("three years ago", D, "", "2018", "DATE", N),
    ("five months ago", D, "", "2021-03", "DATE", N),
    ("five months ago", J, "", "2015-08", "DATE", N),
    ("three days ago", D, "", "2021-08-06", "DATE", N),
    ("a week ago", D, "", "2021-W31", "DATE", N),
    ("over a month ago", D, "", "2021-07", "DATE", "MORE_THAN"),
    ("a decade ago", D, "", "201", "DATE", N),
    ("a year from now", D, "", "2022", "DATE", N),
    ("this decade", D, "", "202", "DATE", N),
    ("last decade", D, "", "201", "DATE", N),
    # --- vague references ---------------------------------------------------
    ("recent years", D, "", "PAST_REF", "DATE", N),
    ("in recent weeks", D, "", "PAST_REF", "DATE", N),
    ("recent decades", D, "", "PAST_REF", "DATE", N),
    ("the past", D, "", "PAST_REF", "DATE", N),
    ("years ago", D, "", "PAST_REF", "DATE", N),
    ("several years ago", D, "", "PAST_REF", "DATE", N),
    ("recently", D, "", "PAST_REF", "DATE", N),
    ("now", D, "", "PRESENT_REF", "DATE", N),
    ("currently", D, "", "PRESENT_REF", "DATE", N),
    ("these days", D, "", "PRESENT_REF", "DATE", N),
    ("nowadays", D, "", "PRESENT_REF", "DATE", N),
    ("the future", D, "", "FUTURE_REF", "DATE", N),
    ("coming years", D, "", "FUTURE_REF", "DATE", N),
    ("the coming weeks", D, "", "FUTURE_REF", "DATE", N),
    ("the near future", D, "", "FUTURE_REF", "DATE", N),
    # --- decades, centuries -------------------------------------------------
    ("the 1990s", D, "", "199", "DATE", N),
    ("1990s", D, "", "199", "DATE", N),
    ("the 1990's", D, "", "199", "DATE", N),
    ("'90s", D, "", "199", "DATE", N),
    ("the 90s", D, "", "199", "DATE", N),
    ("the 2010s", D, "", "201", "DATE", N),
    ("the 2000s", D, "", "200", "DATE", N),
    ("the nineties", D, "", "199", "DATE", N),
    ("the eighties", D, "", "198", "DATE", N),
    ("the 20th century", D, "", "19", "DATE", N),
    ("the twentieth century", D, "", "19", "DATE", N),
    ("the 21st century", D, "", "20", "DATE", N),
    ("the 7th century", D, "", "06", "DATE", N),
    # --- durations ----------------------------------------------------------
    ("three years", D, "", "P3Y", "DURATION", N),
    ("two weeks", D, "", "P2W", "DURATION", N),
    ("10 days", D, "", "P10D", "DURATION", N),
    ("13 months", D, "", "P13M", "DURATION", N),
    ("a single day", D, "", "P1D", "DURATION", N),
    ("one week", D, "", "P1W", "DURATION", N),
    ("a decade", D, "", "P1DE", "DURATION", N),
    ("two decades", D, "", "P2DE", "DURATION", N),
    ("a century", D, "", "P1CE", "DURATION", N),
    ("months", D, "", "PXM", "DURATION", N),
    ("years", D, "", "PXY", "DURATION", N),
    ("decades", D, "", "PXDE", "DURATION", N),
    ("weeks", D, "", "PXW", "DURATION", N),
    ("several weeks", D, "", "PXW", "DURATION", N),
    ("a few hours", D, "", "PTXH", "DURATION", N),
    ("many months", D, "", "PXM", "DURATION", N),
    ("a couple of weeks", D, "", "P2W", "DURATION", N),
    ("a year and a half", D, "", "P1Y6M", "DURATION", N),
    ("two and a half years", D, "", "P2Y6M", "DURATION", N),
    ("half a century", D, "", "P50Y", "DURATION", N),
    ("half a year", D, "", "P6M", "DURATION", N),
    ("24 hours", D, "", "PT24H", "DURATION", N),
    ("48 hours", D, "", "PT48H", "DURATION", N),
    ("the past three years", D, "", "P3Y", "DURATION", N),
    ("the last two months", D, "", "P2M", "DURATION", N),
    ("the past decade", D, "", "P1DE", "DURATION", N),
    ("the past month", D, "", "P1M", "DURATION", N),
    ("the next two weeks", D, "", "P2W", "DURATION", N),
    ("the last few months", D, "", "PXM", "DURATION", N),
    ("the past four months", D, "", "P4M", "DURATION", N),
    ("four-year", D, "", "P4Y", "DURATION", N),
    ("18-month", D, "", "P18M", "DURATION", N),
    ("seven-decade", D, "", "P7DE", "DURATION", N),
    ("twenty-five years", D, "", "P25Y", "DURATION", N),
    ("16-year-old", D, "", "P16Y", "DURATION", N),
    ("a third week", D, "", "P3W", "DURATION", N),
    ("about two years", D, "", "P2Y", "DURATION", "APPROX"),
    ("around three months", D, "", "P3M", "DURATION", "APPROX"),
    ("nearly four months", D, "", "P4M", "DURATION", "APPROX"),
    ("less than a year", D, "", "P1Y", "DURATION", "LESS_THAN"),
    ("under two weeks", D, "", "P2W", "DURATION", "LESS_THAN"),
    ("more than a decade", D, "", "P1DE", "DURATION", "MORE_THAN"),
    ("more than three years", D, "", "P3Y", "DURATION", "MORE_THAN"),
    ("over two years", D, "", "P2Y", "DURATION", "MORE_THAN"),
    ("at least five years", D, "", "P5Y", "DURATION", "MORE_THAN"),
    ("two years or more", D, "", "P2Y", "DURATION", "MORE_THAN"),
    ("a year later", D, "", "P1Y", "DURATION", N),
    # --- sets ---------------------------------------------------------------
    ("every week", D, "", "P1W", "SET", N),
    ("weekly", D, "", "P1W", "SET", N),
    ("daily", D, "", "P1D", "SET", N),
    ("nearly every week", D, "", "P1W", "SET", "APPROX"),
    ("annual", D, "", "P1Y", "SET", N),
    ("annually", D, "", "P1Y", "SET", N),
    ("every year", D, "", "P1Y", "SET", N),
    ("monthly", D, "", "P1M", "SET", N),
    ("every two weeks", D, "", "P2W", "SET", N),
    ("twice a year", D, "", "P1Y", "SET", N),
    ("every Friday", D, "", "XXXX-WXX-5", "SET", N),
    ("quarterly", D, "", "P3M", "SET", N),
    # --- Islamic and Iranian calendars -------------------------------------
    ("Ramadan", dt.date(2021, 4, 20), "Shops close early during Ramadan.", "2021-04", "DATE", N),
    ("Ramadan", dt.date(2021, 8, 9), "Prices rose during Ramadan.", "2021-04", "DATE", N),
    ("Ramadan", dt.date(2021, 8, 9), "The talks will resume after Ramadan.", "2022-04", "DATE", N),
    ("the holy month of Ramadan", dt.date(2016, 6, 9), "", "2016-06", "DATE", N),
    ("Ramadan 2019", D, "", "2019-05", "DATE", N),
    (
        "Eid al-Fitr",
        dt.date(2021, 5, 1),
        "Families will gather for Eid al-Fitr.",
        "2021-05-13",
        "DATE",
        N,
    ),
    ("Eid al-Fitr", D, "Families gathered for Eid al-Fitr.", "2021-05-13", "DATE", N),
    ("Eid al-Adha", D, "Prices soared before Eid al-Adha.", "2021-07-20", "DATE", N),
    (
        "Eid al-Adha",
        dt.date(2021, 7, 1),
        "Pilgrims will arrive for Eid al-Adha.",
        "2021-07-20",
        "DATE",
        N,
    ),
    ("Muharram", D, "Processions mark the month of Muharram.", "2021-08", "DATE", N),
    ("Ashura", D, "Pilgrims will mark Ashura.", "2021-08-18", "DATE", N),
    ("Ashura", dt.date(2021, 9, 1), "Pilgrims marked Ashura.", "2021-08-18", "DATE", N),
    ("Ramadan", None, "", None, "DATE", N),
    ("the Iranian year 1400", D, "", "2021", "DATE", N),
    ("1400", D, "The budget for the Iranian year 1400 was approved.", "2021", "DATE", N),
    ("1399", D, "By the Persian calendar the year 1399 was hard.", "2020", "DATE", N),
    ("the end of the current Iranian year", dt.date(2018, 7, 1), "", "2019-03", "DATE", "END"),
    ("this Iranian year", D, "", "2021", "DATE", N),
    ("the Hijri year 1442", D, "", "2020", "DATE", N),
    ("Nowruz", D, "Families travelled for Nowruz.", "2021-03-21", "DATE", N),
    # --- no document date ---------------------------------------------------
    ("December 31", None, "", "XXXX-12-31", "DATE", N),
    ("April", None, "", "XXXX-04", "DATE", N),
    ("Sunday", None, "", None, "DATE", N),
    ("last month", None, "", None, "DATE", N),
    ("yesterday", None, "", None, "DATE", N),
    ("three years ago", None, "", None, "DATE", N),
    ("four decades ago", None, "", None, "DATE", N),
    ("July 2004", None, "", "2004-07", "DATE", N),
    ("12 years", None, "", "P12Y", "DURATION", N),
    ("recent weeks", None, "", "PAST_REF", "DATE", N),
    # --- shape oddities -----------------------------------------------------
    ("the 2003 war", D, "", "2003", "DATE", N),
    ("2014-2017", D, "", "2014/2017", "DATE", N),
    ("(August 9, 2021)", D, "", "2021-08-09", "DATE", N),
    ("August 09, 2021, 4:07 PM", D, "", "2021-08-09", "DATE", N),
    ("Army Day", D, "The country marks 7 January 2021 as Army Day.", "2021-01-07", "DATE", N),
    ("", D, "", None, "DATE", N),
    ("that day", D, "", None, "DATE", N),
    ("the next day", D, "", None, "DATE", N),
    # --- years in words (broadcast transcripts) and qualifiers that change nothing ------
    ("nineteen ninety-six", D, "", "1996", "DATE", N),
    ("January nineteen ninety-seven", D, "", "1997-01", "DATE", N),
    ("the year two thousand", D, "", "2000", "DATE", N),
    ("two thousand and three", D, "", "2003", "DATE", N),
    ("the winter of nineteen ninety-four", D, "", "1994-WI", "DATE", N),
    ("nineteen years", D, "", "P19Y", "DURATION", N),  # a count, no year
    ("twenty-five years", D, "", "P25Y", "DURATION", N),
    ("The Aug. 7, 2019", D, "", "2019-08-07", "DATE", N),
    ("an Aug. 10, 2020", D, "", "2020-08-10", "DATE", N),
    ("just last month", D, "The deal was signed just last month.", "2021-07", "DATE", N),
    ("only six months", D, "", "P6M", "DURATION", N),
    ("the latest nine months", D, "", "P9M", "DURATION", N),
    ("the year-earlier six months", D, "", "P6M", "DURATION", N),
    ("the current fiscal year", D, "", "2021", "DATE", N),
    ("fiscal 2020", D, "", "2020", "DATE", N),
    ("the days", D, "", None, "DATE", N),  # vague: no PXD
    # a deadline told in the past perfect is past; a reporting verb does not make it so
    ("Thursday", D, "Until Thursday, the police had not named a suspect.", "2021-08-05", "DATE", N),
    ("Friday", D, "By Friday the talks had collapsed.", "2021-08-06", "DATE", N),
    ("Thursday", D, "The envoy must leave by Thursday, officials said.", "2021-08-12", "DATE", N),
    ("Thursday", D, "The team planned to leave Baghdad on Thursday.", "2021-08-12", "DATE", N),
    ("Thursday", D, "The team could leave as soon as Thursday, he said.", "2021-08-12", "DATE", N),
    # "later Thursday" is later on that day: no cue for which Thursday
    ("Thursday", D, "Later Thursday, the envoys met the minister.", "2021-08-05", "DATE", N),
    # a month just ahead, told in the past tense, is the coming one; further ahead, last year's
    ("October", D, "The vote was set for October, officials said.", "2021-10", "DATE", N),
    ("September", D, "Talks were planned for September.", "2021-09", "DATE", N),
    ("December", D, "Fighting broke out in December, officials said.", "2020-12", "DATE", N),
    # a schedule told in the present is ahead; an infinitive is no such cue
    ("Friday", D, "The two leaders meet separately Friday with the envoy.", "2021-08-13", "DATE",
     N),
    ("Friday", D, "The truce ends Friday, the army says.", "2021-08-13", "DATE", N),
    # an irregular simple past is a past cue, nearer than a later clause's "will"
    ("January", D, "In January the firm brought in a new chief, who will stay on as chairman.",
     "2021-01", "DATE", N),
    ("March", D, "In March the envoy sought talks that will resume in the autumn.", "2021-03",
     "DATE", N),
    # a participle after a determiner is an adjective: no past tense ("the reduced dividend")
    ("September", D, "The revised plan covers September.", "2021-09", "DATE", N),
    ("the same day", D, "", None, "DATE", N),
    ("those days", D, "", "PAST_REF", "DATE", N),
    ("the war of 1948", D, "", "1948", "DATE", N),
    ("a three-day", D, "", "P3D", "DURATION", N),
    ("the early hours of Sunday", D, "", "2021-08-08", "DATE", N),
    ("the night of Aug. 5", D, "", "2021-08-05", "DATE", N),
    ("an hour", D, "", "PT1H", "DURATION", N),
    # a span that opens or closes with words that are no date: the date between them
    ("coup last year", D, "He fled after the coup last year.", "2020", "DATE", N),
    ("the coup last year", D, "He fled after the coup last year.", "2020", "DATE", N),
    ("both 2019", D, "Sales fell in both 2019 and 2020.", "2019", "DATE", N),
    ("an interview several months", D, "", "PXM", "DURATION", N),
    ("talks on Sunday", D, "They met for talks on Sunday.", "2021-08-08", "DATE", N),
    # ... but never a range's end, a lone unit, nor a date word dropped
    # a range of durations: the lower bound, EQUAL_OR_MORE (TimeML has no range value)
    ("six to nine months", D, "", "P6M", "DURATION", "EQUAL_OR_MORE"),
    ("between two and three weeks", D, "", "P2W", "DURATION", "EQUAL_OR_MORE"),
    ("about 12 to 18 months", D, "", "P12M", "DURATION", "APPROX"),
    ("the next day", D, "", None, "DATE", N),
    # ... and quarters are vague like weeks and years ("recent years" is PAST_REF)
    ("recent quarters", D, "", "PAST_REF", "DATE", N),
    ("future quarters", D, "", "FUTURE_REF", "DATE", N),
    ("coming quarters", D, "", "FUTURE_REF", "DATE", N),
    # --- a day named with last/next, days said around "yesterday" ------------
    ("last March 3", D, "He was shot last March 3.", "2021-03-03", "DATE", N),
    ("last Aug. 27", D, "", "2020-08-27", "DATE", N),
    ("next March 3", D, "", "2022-03-03", "DATE", N),
    ("later yesterday", D, "", "2021-08-08", "DATE", N),
    ("a week or so ago", D, "", "2021-W31", "DATE", N),
    # a month of every year
    ("each July", D, "", "XXXX-07", "SET", N),
    ("every March", D, "", "XXXX-03", "SET", N),
    # a count of days the sentence says is today; told of another day, no value
    ("the eighth day", D, "Today is the eighth day of the siege.", "2021-08-09", "DATE", N),
    ("the second day", D, "It's the second day of the strike.", "2021-08-09", "DATE", N),
    ("the third day", D, "Sunday was the third day of protests.", None, "DATE", N),
    # a thousands separator in a count; a bare "1,500" is still no year
    ("1,500 years", D, "", "P1500Y", "DURATION", N),
    ("more than 1,000 days", D, "", "P1000D", "DURATION", "MORE_THAN"),
    ("1,500", D, "", None, "DATE", N),
    # a number that names a thing is no year; a year before the noun may still be one
    ("1701", D, "The envoy cited the 1701 resolution.", None, "DATE", N),
    ("2254", D, "Talks under Resolution 2254 stalled.", None, "DATE", N),
    ("2016", D, "The 2016 resolution was adopted.", "2016", "DATE", N),
    # "end of year" without its article is this year's end, as "the end of the year"
    ("end of year", D, "Sales will fall by end of year.", "2021", "DATE", "END"),
    ("the end of year", D, "", "2021", "DATE", "END"),
    # a decade of someone's life is an age, not a calendar decade
    ("50s", D, "The woman, in her 50s, was detained.", None, "DATE", N),
    ("sixties", D, "A man in his sixties was freed.", None, "DATE", N),
    ("60s", D, "Songs of the 60s were played.", "196", "DATE", N),
    # Gregorian holidays, in the year the tense points to (Easter by the computus)
    ("Christmas", D, "Talks will resume after Christmas.", "2021-12-25", "DATE", N),
    ("last Christmas", D, "", "2020-12-25", "DATE", N),
    ("Easter", D, "Pilgrims came to Jerusalem at Easter.", "2021-04-04", "DATE", N),
    ("Thanksgiving Day", D, "He will fly home on Thanksgiving Day.", "2021-11-25", "DATE", N),
    ("New Year's Day", D, "", "2022-01-01", "DATE", N),
    ("Good Friday", dt.date(2024, 1, 10), "Marchers will gather on Good Friday.", "2024-03-29",
     "DATE", N),
    # a day of the month as an ordinal word, as broadcast transcripts write it
    ("March eighth", D, "", "2021-03-08", "DATE", N),
    ("the twenty-first of May", D, "", "2021-05-21", "DATE", N),
    ("Sunday, March eighth", dt.date(1998, 3, 5), "", "1998-03-08", "DATE", N),
    # four digits with a leading zero are a clock time ("0735 GMT"), never a year
    ("0735", D, "", None, "DATE", N),
    # an ordinal century names one; a fraction of decades is in years
    ("a 19th-century", D, "", "18", "DATE", N),
    ("20th-century", D, "", "19", "DATE", N),
    ("20 centuries", D, "", "P20CE", "DURATION", N),
    ("centuries", D, "", "PXCE", "DURATION", N),
    ("a decade and a half", D, "", "P15Y", "DURATION", N),
    # "the last half" is the second ("last" is the fourth of quarters, not of halves)
    ("the last half of 2020", D, "", "2020-H2", "DATE", N),
    ("the last half of the year", D, "", "2021-H2", "DATE", N),
    # --- a report's year and its end -----------------------------------------
    ("year-end", D, "The deal should close by year-end.", "2021", "DATE", "END"),
    ("year-end", D, "Shares are up 8% since year-end.", "2020", "DATE", "END"),
    ("year's end", D, "", "2021", "DATE", "END"),
    ("the full year", D, "Sales for the full year rose.", "2021", "DATE", N),
    # --- counts: fractions, working days, "each of" ---------------------------
    ("2 1/2 years", D, "", "P2Y6M", "DURATION", N),
    ("five trading days", D, "", "P5D", "DURATION", N),
    ("each of the past three years", D, "", "P3Y", "DURATION", N),
    # --- "this" season is the calendar year's --------------------------------
    ("this summer", J, "Organisers said they had planned marches this summer.", "2016-SU",
     "DATE", N),
    # --- tense: "by the" is no deadline, a far past perfect no past, "effective" ----
    ("March 3", D, "The truce laid down by the March 3 accord held.", "2021-03-03", "DATE", N),
    ("February", D, "The sale, which had been expected for weeks, is part of a plan to repay "
     "the loan by February.", "2022-02", "DATE", N),
    ("Nov. 15", D, "The board named a new chairman, effective Nov. 15.", "2021-11-15", "DATE",
     N),
    # a deadline a few days past is that day, not the same day a year ahead
    ("Aug. 9", dt.date(2021, 8, 12), "The court ordered his release by Aug. 9.", "2021-08-09",
     "DATE", N),
    # --- day-first ranges, periods "to" a month, ages written out (failing before) ----
    ("3 to 5 January", D, "The talks ran from 3 to 5 January.", "2021-01-03/2021-01-05",
     "DATE", N),
    ("12-14 March 2022", D, "", "2022-03-12/2022-03-14", "DATE", N),
    ("between 3 and 6 June 2020", D, "", "2020-06-03/2020-06-06", "DATE", N),
    ("3 and 6 June 2020", D, "Strikes hit on 3 and 6 June 2020.", None, "DATE", N),
    ("the three months to June", D, "Sales in the three months to June rose.", "2021-06",
     "DATE", N),
    ("the year to March 2021", D, "Profit for the year to March 2021 fell.", "2021-03", "DATE",
     N),
    ("the six months to 30 June", D, "Output in the six months to 30 June grew.",
     "2021-06-30", "DATE", N),
    ("the age of 18", D, "He left school at the age of 18.", "P18Y", "DURATION", N),
    ("at the age of seven", D, "", "P7Y", "DURATION", N),
    ("18-year-olds", D, "", "P18Y", "DURATION", N),
    ("the December quarter", D, "Sales in the December quarter rose.", "2020-Q4", "DATE", N),
    ("the June quarter", D, "Profit in the June quarter fell.", "2021-Q2", "DATE", N),
    ("earlier in July", D, "He said so earlier in July.", "2021-07", "DATE", N),
    ("later in the year", D, "Talks resume later in the year.", "2021", "DATE", N),
    # "between" left outside the span still opens the range; "and" alone names two days
    ("6 and 9 April", D, "The talks, held between 6 and 9 April, failed.",
     "2021-04-06/2021-04-09", "DATE", N),
    ("March 3 and 5", D, "Strikes hit on March 3 and 5.", None, "DATE", N),
    # "next to" is a place, no future (failing before)
    ("Friday", dt.date(2021, 8, 14), "Ten people have been killed in the blasts next to the "
     "embassy on Friday.", "2021-08-13", "DATE", N),
    # a year cut to two digits after an apostrophe (failing before)
    ("'98", D, "He won the title in '98.", "1998", "DATE", N),
    ("May '02", D, "", "2002-05", "DATE", N),
]


@pytest.mark.parametrize(("expr", "doc", "sentence", "value", "type_", "mod"), CASES)
def test_resolve_table(expr, doc, sentence, value, type_, mod):
    got = resolve_date(expr, doc, sentence=sentence)
    assert (got.value, got.type, got.mod) == (value, type_, mod)


def test_table_is_large_enough():
    assert len(CASES) >= 170


@pytest.mark.parametrize(
    ("expr", "day_first", "value"),
    [
        ("03/04/2021", True, "2021-04-03"),
        ("03/04/2021", False, "2021-03-04"),
        ("03/04/2021", None, None),
        ("25/12/2020", None, "2020-12-25"),
        ("12/25/2020", True, "2020-12-25"),
        ("03/04/21", True, "2021-04-03"),
    ],
)
def test_numeric_dates_follow_day_first(expr, day_first, value):
    assert resolve_date(expr, D, day_first=day_first).value == value


def test_relative_dates_never_use_today():
    for expr in ("today", "yesterday", "last week", "this year", "Monday", "next month"):
        assert resolve_date(expr, None).value is None


def test_import_is_cheap():
    """hijridate is loaded only when an Islamic date is resolved."""
    import subprocess
    import sys

    code = (
        "import sys, entity_cli.dates; "
        "print('hijridate' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
