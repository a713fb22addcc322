"""Currency signs that invoices print and CLDR does not list (`cldr.currency_signs` adds them to CLDR's): the page's
own forms ("Rs.", "zl", "1.234,56 TL", "RO 1,227.200"), and one-letter signs read only when glued to an amount
("Q325.00", "N204,465.00")."""

from __future__ import annotations

# The rupees that print "Rs." (India's the likeliest; the page's telephone or IBAN says which: "+92" is Pakistan's)
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
# Signs CLDR does not list that invoices print all the same.
EXTRA_SIGNS = {"Rs.": _RUPEES, "Rs": _RUPEES, "zl": ("PLN",), "CHF": ("CHF",), "Fr.": ("CHF",),
               "SFr.": ("CHF",), "lei": ("RON", "MDL"), "Lei": ("RON", "MDL"), "N$": ("NAD",), "lekë": ("ALL",),
               "RMB": ("CNY",), "AED": ("AED",), "Dhs": ("AED",), "TL": ("TRY",),  # "1.234,56 TL": the lira
               "S$": ("SGD",),  # the Singapore dollar (CLDR's en_SG prints a bare "$")
               "DH": ("MAD",),  # the dirham as Morocco prints it ("1 200,00 DH"; the Emirates' is "Dhs")
               "S/": ("PEN",),  # the Peruvian sol ("S/ 1,200.00"; CLDR's es_PE sign)
               "Tk": ("BDT",), "Tk.": ("BDT",),  # the taka as Bangladesh prints it ("Value (Tk)")
               "RO": ("OMR",), "R.O.": ("OMR",),  # the Omani rial ("RO 1,227.200")
               "FCFA": ("XOF", "XAF"),  # either CFA franc: the page's country decides (Benin's, Cameroon's)
               "F CFA": ("XOF", "XAF"), "F\u202fCFA": ("XOF", "XAF"),  # CLDR's fr_CI sign, Gabon's too ("+241")
               "francs CFA": ("XOF", "XAF"), "franc CFA": ("XOF", "XAF"),  # spelled out: "Montant TTC (francs CFA)"
               "F CFP": ("XPF",),  # the CFP franc as New Caledonia and French Polynesia print it ("Total (F CFP)")
               "сомони": ("TJS",), "сомонӣ": ("TJS",), "смн": ("TJS",),  # the somoni, in Russian and Tajik
               "грн": ("UAH",), "грн.": ("UAH",), "руб": ("RUB",), "руб.": ("RUB",),  # "14 209,78 грн."
               "динар": ("RSD",), "динара": ("RSD",), "динари": ("RSD",),  # Serbian: "1.392.749,00 динара"
               "РСД": ("RSD",), "дин.": ("RSD",),  # the Serbian dinar in Cyrillic ("УКУПНО ЗА ПЛАЋАЊЕ (РСД)")
               "Gdes": ("HTG",), "Gds": ("HTG",),  # the Haitian gourde ("Montant (Gdes)")
               # dollars with their country's letter, as their pages print them (CLDR's own locales print "$")
               "B$": ("BND",), "G$": ("GYD",), "BZ$": ("BZD",), "SI$": ("SBD",), "CI$": ("KYD",), "L$": ("LRD",),
               "SRD$": ("SRD",), "BD$": ("BMD",), "TT$": ("TTD",), "J$": ("JMD",), "Bds$": ("BBD",), "FJ$": ("FJD",),
               "E£": ("EGP",), "L.E.": ("EGP",),  # the Egyptian pound as Egypt writes it in Latin letters
               # and in Arabic ("جنيه مصري": "520,114.74 ج.م"), its letters as a right-to-left line shows them too
               "ج.م": ("EGP",), "ج.م.": ("EGP",), "ج . م": ("EGP",), "م . ج": ("EGP",),
               "ден": ("MKD",),  # the Macedonian denar without CLDR's dot ("1.940,00 ден")
               "NLe": ("SLE",),  # the redenominated (new) leone as Sierra Leone prints it ("Total (NLe)")
               "KD": ("KWD",),  # the Kuwaiti dinar ("Amount KD 1,250.500")
               "BD": ("BHD",),  # the Bahraini dinar as Bahrain prints it ("Rate (BD)", "BD 719.900")
               "Nu.": ("BTN",),  # the ngultrum as Bhutan prints it ("Invoice Total (Nu.)"; with its dot: no "nu")
               "Ar": ("MGA",),  # the ariary, CLDR's sign in Madagascar's locales ("2 350 000 Ar"), alone by an amount
               "so‘m": ("UZS",)}  # CLDR's "soʻm" typed with a left quote, as Uzbek's "o‘" often is ("To‘lov")
# One letter before an amount, glued to it and with its cents or groups ("Q325.00", "N204,465.00"): alone, or before
# other digits, the letter is a word's or a number's ("N° 12", "Q1 2026", "Zone N").
GLUED_SIGNS = {"Q": ("GTQ",),  # the quetzal
               "N": ("NGN",),  # the naira as Nigeria types it without its "₦"
               "K": ("ZMW", "PGK", "MWK", "MMK")}  # a kwacha, the kina or the kyat: the page's country says which
GLUED_AMOUNT = r"(?=\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?![\d]|[.,]\d)|\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d))"  # ("K4,792.55,")
