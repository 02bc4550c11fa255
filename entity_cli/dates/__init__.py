"""Date normalisation for DATE entities: TIMEX3 values from span text.

resolve_date turns a span ("early April", "last week", "three years") into
a DateValue; detect_doc_date finds the document's own date; trim_date_span
repairs span boundaries the NER model gets wrong.
"""

from .docdate import detect_doc_date
from .resolve import resolve_date
from .trim import trim_date_span
from .values import DateValue, is_timex3

__all__ = ["DateValue", "detect_doc_date", "is_timex3", "resolve_date", "trim_date_span"]
