"""Invoices in Mongolian and Tajik, two languages of Asia written in Cyrillic: their titles ("НЭХЭМЖЛЭХ",
"ҲИСОБНОМА-ФАКТУРА"), labels ("Дугаар", "Огноо", "Төлбөр хийх хугацаа", "Регистрийн дугаар", "Нийт дүн"; "Рақам",
"Сана", "РМА", "Арзиш бе ААИ", "Ҳамагӣ бо ААИ", "Мӯҳлати пардохт"), buyer headings ("Төлөгч", "Харидор"; the buyer's
own numbers are not the seller's) and money ("₮", "сомонӣ"). Read from PDFs built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _fields(pdf: bytes) -> dict[str, str | None]:
    result = extract_invoice(pdf)
    names = ("invoice_number", "invoice_date", "due_date", "vendor_tax_id", "subtotal", "tax", "total", "currency")
    return {name: result.value(name) for name in names}


def test_a_mongolian_invoice():
    rows = [(42, 20, "НЭХЭМЖЛЭХ", 16), (42, 45, "Дугаар: НХ-0412", 9),
            (42, 60, "Огноо: 2026.03.05", 9), (200, 60, "Төлбөр хийх хугацаа: 2026.03.20", 9),
            (42, 100, "Нэхэмжлэгч", 8), (300, 100, "Төлөгч", 8),
            (42, 112, "«Сэлэнгэ Мод» ХХК", 10), (300, 112, "«Эрдэнэт Барилга» ХХК", 10),
            (42, 126, "Регистрийн дугаар: 5123456", 8), (300, 126, "Регистрийн дугаар: 2098765", 8),
            (42, 140, "Дансны дугаар: 5012345678", 8),
            (45, 180, "№", 8), (70, 180, "Бараа, ажил, үйлчилгээний нэр", 8), (300, 180, "Тоо", 8),
            (350, 180, "Нэгжийн үнэ", 8), (450, 180, "Нийт үнэ", 8),
            (45, 196, "1", 8), (70, 196, "Хус мод 3 м", 8), (300, 196, "40", 8), (350, 196, "125,000.00", 8),
            (450, 196, "5,000,000.00", 8),
            (337, 230, "Дүн", 9), (450, 230, "5,000,000.00", 9), (337, 245, "НӨАТ 10%", 9), (450, 245, "500,000.00", 9),
            (337, 260, "Нийт дүн", 9), (450, 260, "5,500,000.00 ₮", 9)]
    assert _fields(rows_pdf(rows)) == {
        "invoice_number": "НХ-0412", "invoice_date": "2026-03-05", "due_date": "2026-03-20",
        "vendor_tax_id": "5123456", "subtotal": "5000000.00", "tax": "500000.00", "total": "5500000.00",
        "currency": "MNT"}


def test_a_tajik_invoice():
    rows = [(42, 28, "ҶДММ «Истаравшан Чой»", 11), (365, 28, "ҲИСОБНОМА-ФАКТУРА", 11),
            (42, 48, "ш. Истаравшан, кӯчаи Ленин 14", 8), (365, 48, "Рақам:", 8), (430, 48, "2291", 8),
            (42, 60, "РМА: 520011223", 8), (365, 60, "Сана:", 8), (430, 60, "14.04.2026", 8),
            (42, 110, "Харидор", 9), (42, 122, "ҶСК «Хуҷанд Савдо», ш. Хуҷанд", 8),
            (42, 134, "РМА-и харидор: 516710409 · Шартнома № 12/2026 аз 02.02.2026", 8),
            (48, 160, "№", 8), (70, 160, "Номгӯи мол (кор, хизмат)", 8), (250, 160, "Миқдор", 8),
            (300, 160, "Нарх", 8), (360, 160, "Арзиш бе ААИ", 8),
            (50, 176, "1", 8), (70, 176, "Чойи сабз, 1 кг", 8), (250, 176, "100", 8), (300, 176, "100,00", 8),
            (360, 176, "10 000,00", 8),
            (42, 210, "Арзиш бе ААИ", 9), (140, 210, "10 000,00", 9), (260, 210, "Мӯҳлати пардохт: 30.04.2026", 9),
            (42, 224, "ААИ 14%", 9), (140, 224, "1 400,00", 9),
            (42, 238, "Ҳамагӣ бо ААИ", 9), (140, 238, "11 400,00 сомонӣ", 9)]
    assert _fields(rows_pdf(rows)) == {
        "invoice_number": "2291", "invoice_date": "2026-04-14", "due_date": "2026-04-30",
        "vendor_tax_id": "520011223", "subtotal": "10000.00", "tax": "1400.00", "total": "11400.00",
        "currency": "TJS"}


def test_a_sum_word_alone_labels_nothing_and_closes_a_total_label():
    """Mongolian "Дүн" alone, over a discount, is the items' sum; after "Нийт төлөх" it closes the total's label."""
    assert label_matches("Дүн 45,166,500.00") == ()
    text = "Нийт төлөх дүн 46,205,329.50"
    assert [(name, found.end()) for name, _, found in label_matches(text)] == [("total", text.index("46"))]
