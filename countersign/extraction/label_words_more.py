"""The label words of Hebrew, of Armenian, of Danish and Norwegian and of a few countries' tax ids, as (concept, words)
pairs that `label_words` adds after its own, and filler words. Data only.
"""

from __future__ import annotations

MORE: tuple[tuple[str, str], ...] = (
    # Hebrew ("חשבונית מס מס'" the tax invoice's number, "תאריך", "לתשלום עד" due by, "סה"כ לפני מע"מ" the total
    # before VAT, "ח.פ." the company's number, "מספר הזמנה" the order's number; "ח.פ. לקוח" the customer's, "תאריך
    # אספקה" the supply's): "מס" is the tax and a number's abbreviation ("מס'"); "ח.פ." is read without its dots
    ("DOC", "חשבונית"),
    ("DOCW", "מסמך"),  # "מספר מסמך": the document's number
    ("TAX", 'מס מע"מ מע״מ מעמ'),
    ("NUM", "מס מספר"),
    ("NUM", "מס׳ מס'"),  # the number's abbreviation with its mark ("הזמנת רכש מס׳": the purchase order's number)
    ("DATE", "תאריך"),
    ("PAY", "תשלום לתשלום"),
    ("TERMS", "תנאי"),  # "תנאי תשלום": the payment terms
    ("BY", "עד"),
    ("TOTAL", 'סה"כ סה״כ סהכ'),
    ("NET", "לפני"),
    ("TAXID", "חפ עמ"),  # ח.פ. (a company's number), ע.מ. (a licensed dealer's)
    ("TAXID", "עוסק"),  # "עוסק מורשה": a licensed dealer (VAT-registered), its number the tax id
    ("REG", "מורשה"),
    ("DUE", "פירעון פרעון"),  # "תאריך פירעון": the date of settlement, the due date
    ("ORDER", "הזמנה הזמנת"),
    ("PO", "רכש"),  # "הזמנת רכש": a purchase order
    ("CUSTOMER", "לקוח הלקוח"),
    ("SUPPLY", "אספקה"),
    # Armenian ("ՀՎՀՀ՝ 06877063" the taxpayer's number, "Ընդամենը" the sum, "ԱԱՀ 20%" the VAT, "Ընդամենը առանց ԱԱՀ"
    # the sum without it: the net; "Արժույթ՝ AMD" the currency; "Պատվեր №" the order)
    ("TAXID", "հվհհ"),
    ("CURRENCY", "արժույթ"),
    ("TOTAL", "ընդամենը"),
    ("TAX", "աահ"),
    ("NET", "առանց"),
    ("ORDER", "պատվեր"),  # "Պատվեր №": the buyer's order
    # "Համար՝" the number, "Դուրսգրման ամսաթիվ" the date of issue, "Վճարման (վերջնա)ժամկետ՝" the payment's (final)
    # deadline, "Արժեքն առանց ԱԱՀ" the value without VAT, "Վճարման ենթակա" subject to payment: the total
    ("NUM", "համար"),
    ("DATE", "ամսաթիվ"),
    ("ISSUE", "դուրսգրման"),
    ("PAY", "վճարման ենթակա"),
    ("DUE", "ժամկետ վերջնաժամկետ"),
    ("TOTAL", "արժեք արժեքն"),
    # Russian "Оплатить не позднее" (to pay not later than: by)
    ("BY", "позднее позже"),
    # Danish and Norwegian "Jeres ordre", "Deres ref.", "Jeres ref./rekv." (your requisition: the buyer's order)
    ("YOUR", "jeres deres"),
    ("ORDER", "ordre"),
    ("PO", "rekv"),  # ("rekvisition" is an order's word in `label_words`)
    # the Nordic credit notes' words: "KREDITNOTANR." (Danish), "Kreditfakturanummer" (Swedish)
    ("DOC", "kreditnota kreditnotaen kreditfaktura kreditfakturan hyvityslasku"),
    ("SELLER", "our"),  # "Our VAT No.", "Our KRA PIN": the seller's own ("Our order no." names no field, as before)
    ("TAXID", "pin"),  # Kenya's KRA PIN (personal identification number: the taxpayer's)
    ("PAY", "плаќање плаќања"),  # Macedonian: "Рок на плаќање" (the term of payment: the due date)
    ("NET", "المبيعات"),  # "إجمالي المبيعات": the sales' sum, before the discount and the tax (the net)
    # Macedonian "Вкупно без ДДВ" (the sum without VAT), "Вкупно ДДВ", "ВКУПНО"; Albanian "Gjithsej pa TVSH", "Shuma";
    # Bulgarian "Всичко за плащане" (all to pay)
    ("TOTAL", "вкупно gjithsej shuma всичко"),
    ("TAX", "ддв"),
    ("DOCW", "fiş fis"),  # Turkish "FİŞ NO": a till receipt's number
    # Albanian "Vlera e shërbimeve pa TVSH" (the services' value without VAT): the services, as Brazil's "serviços"
    ("NETW", "shërbimeve sherbimeve shërbimet sherbimet mallrave"),
)
MORE_FILLER = frozenset(("kra",  # the Kenya Revenue Authority's: "KRA PIN" is the tax id
                         "не",  # "не позднее": not later
                         "which", "whereof", "dont", "davon",  # "of which VAT 18%", "dont TVA", "davon MwSt.": the tax
                         "darin", "hierin", "enthaltene", "enthalten",  # "darin enthaltene MwSt. 19 %": the tax too
                         "is"))  # "Payment is due by": a sentence's verb between label words
