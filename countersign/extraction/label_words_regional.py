"""The label words of Europe's and Russia's regional languages, as their invoices print them, often beside the state's
language: (concept, words) pairs that `label_words` adds after its own, and their filler words. Data only.
"""

from __future__ import annotations

REGIONAL: tuple[tuple[str, str], ...] = (
    # Karakalpak, beside the Uzbek ("Tólew múddeti / To‘lov muddati" the day to pay by, "Jámi / Jami" the sums row,
    # "Tólewge / To‘lovga jami" the total to pay)
    ("PAY", "tólew tólewge"),
    ("DUE", "múddeti"),
    ("TOTAL", "jámi"),
    # Welsh, often beside the English ("Rhif anfoneb / Invoice No.", "Dyddiad dyledus", "Rhif archeb", "Rhif TAW",
    # "Cyfanswm net", "TAW / VAT 20%", "Taliad erbyn"); "Rhif cyfrif" is the buyer's account, "Rhif cwmni" the
    # company's.
    ("DOC", "anfoneb"),
    ("NUM", "rhif"),
    ("DATE", "dyddiad"),
    ("DUE", "dyledus"),
    ("ORDER", "archeb"),
    ("CUSTOMER", "cyfrif"),
    ("COMPANY", "cwmni"),
    ("TAX", "taw"),
    ("TOTAL", "cyfanswm"),
    ("PAY", "taliad"),
    ("BY", "erbyn"),
    # Galician ("Vencemento", "Albará n.º", "Base impoñible")
    ("DUE", "vencemento"),
    ("DELIVERY", "albará"),
    ("NETW", "impoñible"),
    # Kashubian ("Data wëstawieniô" the date of issue, "Data sprzedôżë" of the sale, "Termin płacënkù" the day to pay
    # by, "Zamówienié nr", "Razã" the summary's sums row, "Do zapłacënkù" to pay)
    ("ISSUE", "wëstawieniô"),
    ("SUPPLY", "sprzedôżë"),
    ("PAY", "płacënkù zapłacënkù płacënk"),
    ("ORDER", "zamówienié"),
    ("TOTAL", "razã"),
    # Upper Sorbian, beside the German ("Čisło / Rechnungs-Nr.", "Waše skazanje / Ihre Bestellung", "Čisło kupca /
    # Kunden-Nr.", "Dodaće / Lieferschein", "Płaćomne hač do / Zahlbar bis", "Dawk / USt.", "Cyłkowna suma /
    # Rechnungsbetrag", "Zapłaćena záloha / Abschlag", "Zbytk / Restbetrag")
    ("NUM", "čisło"),
    ("YOUR", "waše"),
    ("ORDER", "skazanje"),
    ("CUSTOMER", "kupca"),
    ("DELIVERY", "dodaće"),
    ("PAY", "płaćomne"),
    ("BY", "hač"),
    ("TAX", "dawk"),
    ("TOTAL", "cyłkowna"),
    ("PAID", "zapłaćena záloha"),
    ("OPEN", "zbytk"),
    # Sardinian ("Nùmeru", "Òrdine nr.", "Iscadèntzia" the due date, "Totale imponìbile", "Impostu", "Pagamentu")
    ("NUM", "nùmeru"),
    ("ORDER", "òrdine"),
    ("DUE", "iscadèntzia"),
    ("NETW", "imponìbile"),
    ("TAX", "impostu"),
    ("PAY", "pagamentu"),
    # Tatar, beside the Russian ("Барлыгы түләргә / Всего к оплате": all to pay; "Салым" the tax)
    ("TOTAL", "барлыгы"),
    ("PAY", "түләргә оплате"),
    ("TAX", "салым"),
    # Romansh ("Vossa empustaziun nr." your order, "TPV 8,1 % sin 408.70" the VAT on its base, "Total TPV", "Pajabel
    # enfin ils 18.01.2026" payable by the day)
    ("YOUR", "vossa"),
    ("ORDER", "empustaziun"),
    ("TAX", "tpv"),
    ("PAY", "pajabel"),
    ("BY", "enfin"),
)
# Sardinian "sa" (the: "Totale de sa fatura"), Romansh "ils" (the: "enfin ils 18.01.2026")
REGIONAL_FILLER = frozenset({"sa", "ils"})
