"""Set 18's own helper: the Ethiopian calendar (the caterer's date beside the Gregorian one).

The month names and the other helpers set 18 copied from set 17 are ../kit_common.py and ../kit_words.py; the plumbing
sets 3 to 21 share is ../invoice_kit.py.
"""

def ethiopian(g):
    """The Ethiopian calendar date (year, month, day) of a Gregorian date: the year starts on 11 September (12 September
    before a Gregorian leap year), twelve months of 30 days and Pagume of 5 or 6."""
    import datetime as _dt

    def new_year(y):
        leap_next = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
        return _dt.date(y, 9, 12 if leap_next else 11)

    ny = new_year(g.year)
    if g >= ny:
        ey, off = g.year - 7, (g - ny).days
    else:
        ey, off = g.year - 8, (g - new_year(g.year - 1)).days
    return ey, off // 30 + 1, off % 30 + 1
