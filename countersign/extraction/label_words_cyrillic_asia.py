"""The label words of Asia's languages written in Cyrillic beyond Russian and Kazakh: Mongolian and Tajik, as their
invoices print them: (concept, words) pairs that `label_words` adds after its own, and their filler words. Data only.
"""

from __future__ import annotations

CYRILLIC_ASIA: tuple[tuple[str, str], ...] = (
    # Mongolian ("Нэхэмжлэхийн дугаар" the invoice's number, "Огноо" the date, "Төлбөр хийх хугацаа" the time to make
    # the payment, "Регистрийн дугаар" the register's number, which is the company's taxpayer number, as is "ТТД",
    # "Захиалгын дугаар" the order's number, "Дансны дугаар" the account's, "Хөнгөлөлт" a discount,
    # "НӨАТ 10%" the VAT, "Нийт төлөх дүн (НӨАТ-тай)" the total to pay, with the VAT; "-гүй" without)
    ("DOC", "нэхэмжлэх нэхэмжлэхийн"),
    ("NUM", "дугаар дугаарын"),
    ("DATE", "огноо"),
    ("PAY", "төлбөр төлбөрийн төлөх"),
    ("DUE", "хугацаа"),
    ("TAXID", "ттд регистрийн"),
    ("ORDER", "захиалгын захиалга"),
    ("CUSTOMER", "дансны"),
    ("TOTAL", "нийт"),
    ("TAX", "нөат"),
    ("DISCOUNT", "хөнгөлөлт хөнгөлөлтийн"),
    ("AFTER", "дараах"),
    ("GROSS", "тай"),
    ("NET", "гүй"),
    # Tajik ("Ҳисобнома-фактура", "Рақам" the number, "Сана" the date, "РМА" the taxpayer's identifying number,
    # "Фармоиш №" the order, "Шартнома" a contract, "Силсила" the form's series, "Арзиш бе ААИ" the value without the
    # VAT, "ААИ 14%" the VAT, "Ҳамагӣ бо ААИ" all with it, "Мӯҳлати пардохт" the payment's deadline, "Пешпардохт"
    # an advance payment)
    ("DOC", "ҳисобнома ҳисобномаи"),
    ("NUM", "рақам рақами"),
    ("DATE", "сана санаи"),
    ("TAXID", "рма"),
    ("ORDER", "фармоиш фармоиши"),
    ("CONTRACT", "шартнома шартномаи"),
    ("SERIES", "силсила"),
    ("TOTAL", "арзиш ҳамагӣ маблағ маблағи"),
    ("TAX", "ааи андоз"),
    ("NET", "бе"),
    ("GROSS", "бо"),
    ("DUE", "мӯҳлати мӯҳлат"),
    ("PAY", "пардохт пардохти"),
    ("PAID", "пешпардохт"),
    ("CUSTOMER", "харидор харидори"),  # the buyer's ("РМА-и харидор": the buyer's taxpayer number)
)
# Mongolian "хийх" (to make: "Төлбөр хийх хугацаа"), "дүн" (a sum: alone, over the discount, it is the items' sum and
# names no field)
CYRILLIC_ASIA_FILLER = frozenset({"хийх", "дүн"})
# Filler words that close a label before its value too: "Нийт төлөх дүн 46,205,329.50" (the total to pay)
CLOSING = frozenset({"дүн"})
