"""Table header cells read by meaning: which column a header names, from its words.

The header patterns (`table._TABLE_HEADERS`) know "Unit Price" and "Einzelpreis"; a table from
another program says "Stukprijs", "E-Preis", "Regeltotaal", "Uds." or "Particulars". Here a
header cell is read as words of four kinds: a description word, a quantity word, a price word,
a total word, plus a per-unit marker ("unit", "einzel", "stuk", "unitario"). A price with a
per-unit marker is the unit price, a total word (or a price with "gesamt", "total") the amount;
compounds split where both halves are known ("Einzel|preis", "Regel|totaal"). Only used when
the patterns name no role, so a header they read is read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from countersign.extraction.cldr import currency_signs, trie
from countersign.extraction.values import CURRENCY_CODES

_WORDS: dict[str, str] = {}


def _add(kind: str, words: str) -> None:
    for word in words.split():
        _WORDS[word] = kind


_add("DESC", "description descriptions desc item items details detail article articles artikel product products "
             "produkt produkte service services particulars bezeichnung beschreibung leistung leistungen text "
             "désignation designation libellé libelle prestation prestations omschrijving beschrijving concepto "
             "descripción descripcion detalle artículo articulo producto servicio descrizione articolo prodotto "
             "servizio prestazione descrição descricao produto serviço servico designação designacao nazwa towar "
             "towaru usługa usługi uslugi opis megnevezés megnevezes tétel tetel termék termek")
_add("QTY", "qty quantity quantities qté qte quantité quantite menge anzahl anz stück stueck stk stck units pcs "
            "pieces hours hrs hour time stunden std heures uren uur horas aantal aant hoeveelheid cantidad cant "
            "uds unidades quantità quantita qtà qta quantidade qtd qtde ilość ilosc szt ore q tà menny mennyiség "
            "mennyiseg")
_add("PRICE", "price prices rate cost preis prix prijs precio tarif tarifa honorar p pu ep prezzo preço preco cena "
              "ceny egységár egysegar")  # Hungarian "egységár": the unit price
_add("UNIT", "unit unitaire unitario einzel einheit each per stuk eenheid eenheids ud u e unitário unit jedn "
             "jednostkowa jm")
_add("TOTAL", "amount value total totals line betrag gesamt gesamtpreis summe montant bedrag totaal regel regeltotaal "
              "importe subtotal gp g ligne línea linea importo totale valor montante wartość wartosc "
              "kwota érték ertek")
# A Spanish works' bill measures its quantities ("Código | Descripción | Ud | Medición | Precio | Importe"); an area
# priced per unit of it ("Sq ft | Price/sq ft", read "sqft"): the area is the quantity, its price the unit price
_add("QTY", "medición medicion mediciones sqft sqm")
# Icelandic ("Lýsing | Magn | Ein.verð | Upphæð")
_add("DESC", "lýsing")
_add("QTY", "magn fjöldi")
_add("PRICE", "verð")
_add("UNIT", "ein eining")
_add("TOTAL", "upphæð")
# Danish, Norwegian and Swedish ("Beskrivelse | Antall | Enhet | Pris | Beløp", "Beskrivning | Antal | À-pris |
# Belopp"): "à" is the per-unit marker ("À-pris", "à 12,00")
_add("DESC", "beskrivelse beskrivning varebeskrivelse ydelse ydelser tjeneste tjenester tjänst tjänster")
_add("QTY", "antall antal mængde mengde")
_add("PRICE", "pris")
_add("UNIT", "enhet enhed enhets à")
_add("TOTAL", "beløp beløb belopp")
# "Net": a total alone ("Netto", "Net amount"), of a price ("Nettó egységár") nothing of its own.
_add("NET", "net netto neto nettó taxable")  # "Taxable amount": the net
_add("SKIP", "de du la le of the in excl exkl incl inkl ht ttc ohne mit lub i o di da do dos")
# Luxembourg's and Belgium's "Montant HTVA" (before VAT); French "Taux (horaire)", an hour's rate: the unit price
_add("SKIP", "htva")
_add("PRICE", "taux")
_add("UNIT", "horaire")
# Arabic, Dari and Sorani Kurdish, as right-to-left pages print them (each cell's words read left to right: "الوحدة
# سعر" is "سعر الوحدة", the unit's price): "البيان | الوحدة | الكمية | سعر الوحدة | المبلغ", "شرح خدمات | تعداد |
# قیمت فی واحد | مبلغ", "وردەکاری | بڕ | نرخی یەکە | کۆ"
_add("DESC", "البيان الوصف الصنف شرح خدمات وردەکاری")
_add("QTY", "الكمية تعداد بڕ")
_add("PRICE", "سعر قیمت نرخی")
_add("UNIT", "الوحدة واحد فی یەکە")
_add("TOTAL", "المبلغ المجموع القيمة مبلغ کۆ الإجمالي الاجمالي اإلجمالي إجمالي")
# "المجموع قبل الضريبة": the total before the tax; "مبلغ (افغانی)": in afghanis; "الإجمالي (ج . م)": in Egyptian pounds
_add("SKIP", "الضريبة قبل افغانی ج م")
# More of Europe's and Asia's languages, each cell's words as their tables head them (a header must still name a
# description, an amount and a quantity or a price, so a word here alone makes no table):
# Greek ("Περιγραφή | Μονάδα | Ποσότητα | Τιμή | Αξία"), Russian, Ukrainian, Bulgarian, Serbian and Macedonian in
# Cyrillic ("Наименование | Кол-во | Ед. изм. | Цена | Сумма", "Найменування | Кількість | Ціна | Сума", "Опис |
# Количина | Цена | Износ"), Kazakh and Mongolian ("Атауы | Саны | Бағасы | Сомасы", "Нэр | Тоо | Үнэ | Дүн")
_add("DESC", "περιγραφή περιγραφη είδος ειδος υπηρεσία υπηρεσια наименование найменування назва товар товары товари "
             "услуга услуги послуга послуги описание опис назив работ работы атауы нэр")
# ("Наименование товаров, услуг": of the goods, of the services; "Цена, руб.": in roubles; "Всего с НДС": in all, with
# the VAT, the row's amount after its tax)
_add("DESC", "товаров услуг")
_add("TOTAL", "всего итого")
_add("SKIP", "руб")
# A carrier's bill: "Вес, т" (the weight in tonnes, Ukrainian "Вага"), billed at "Тариф, руб./т" (the rate per tonne)
_add("QTY", "вес вага")
_add("PRICE", "тариф")
_add("SKIP", "т кг")
_add("QTY", "ποσότητα ποσοτητα ποσ τεμ количество кількість кол во количина саны тоо")
_add("PRICE", "τιμή τιμη цена ціна цијена бағасы үнэ")
_add("UNIT", "μονάδα μοναδα μονάδας μοναδας μον ед од изм мярка јед мере јединица единица бірлігі")
# Serbian's "Основица" (the tax base: the row's amount before its VAT) and "Укупно" (in all: after it)
_add("NET", "основица osnovica")
_add("TOTAL", "укупно ukupno")
_add("TOTAL", "αξία αξια ποσό ποσο σύνολο συνολο сумма сума стоимость вартість стойност износ вредност вриједност "
              "сомасы дүн")
# Czech, Slovak, Croatian, Bosnian, Serbian, Slovene, Romanian and Albanian ("Popis | Množství | MJ | Cena | Celkem",
# "Naziv | Količina | Jed. mj. | Cijena | Iznos", "Denumire | U.M. | Cantitate | Preț unitar | Valoare", "Përshkrimi |
# Sasia | Çmimi | Vlera")
_add("DESC", "označení oznaceni dodávky dodavky")  # Czech "Označení dodávky": what is supplied
_add("DESC", "popis název nazev názov nazov položka polozka položky naziv artikl denumire denumirea descriere produs "
             "produse servicii serviciu produselor serviciilor bunurilor përshkrimi pershkrimi artikulli emërtimi "
             "emertimi")
_add("SKIP", "sau și si a")  # "Denumirea produselor sau a serviciilor": of the products or of the services
_add("QTY", "množství mnozstvi množstvo mnozstvo počet pocet kol količina kolicina cantitate sasia")
_add("PRICE", "cijena cijene preț pret prețul pretul çmimi cmimi çmim cmim")
_add("UNIT", "mj jednotková jednotkova jednotka jed mer enota um unitar unitară unitara njësia njesia njësi")
_add("TOTAL", "celkem celkom částka castka suma iznos vrijednost vrednost znesek valoare valoarea vlera "
              "vlefta shuma")
# Turkish, Finnish, Estonian, Latvian, Lithuanian and Hungarian ("Açıklama | Miktar | Birim Fiyat | Tutar", "Kuvaus |
# Määrä | Yks. | à-hinta | Yhteensä", "Kirjeldus | Kogus | Ühik | Hind | Summa", "Nosaukums | Daudzums | Mērv. | Cena |
# Summa", "Pavadinimas | Kiekis | Mato vnt. | Kaina | Suma", "Megnevezés | Mennyiség | Egységár | Összeg")
_add("DESC", "açıklama aciklama ürün urun hizmet mal kuvaus tuote nimike selite kirjeldus nimetus toode teenus "
             "apraksts nosaukums prece pakalpojums aprašymas aprasymas pavadinimas prekė preke paslauga")
_add("QTY", "miktar miktarı miktari määrä maara kpl kogus daudzums kiekis")
_add("PRICE", "fiyat fiyatı fiyati hinta hind kaina ár")
_add("UNIT", "birim yks yksikkö yksikko ühik uhik ühiku uhiku mērv merv mērvienība vienības vienibas vnt vieneto mato "
             "egység egyseg")
_add("TOTAL", "tutar tutarı tutari yhteensä yhteensa summa összeg osszeg")
# Indonesian and Malay, Swahili, Vietnamese, Georgian, Armenian, Chinese, Japanese and Korean ("Uraian | Kuantitas |
# Harga Satuan | Jumlah", "Maelezo | Idadi | Bei | Jumla", "Tên hàng hóa | Số lượng | Đơn giá | Thành tiền",
# "დასახელება | რაოდენობა | ფასი | თანხა", "Անվանում | Քանակ | Գին | Գումար", "品名 | 数量 | 単価 | 金額")
_add("DESC", "uraian keterangan deskripsi barang jasa perihal butiran maelezo tên hàng hóa hoá dịch vụ დასახელება "
             "აღწერა անվանում նկարագրություն 品名 名称 項目 项目 摘要 内容 品目 품목 품명 내역")
_add("QTY", "kuantitas kuantiti kts idadi lượng რაოდენობა քանակ 数量 수량")
_add("PRICE", "harga bei giá ფასი գին 単価 单价 單價 단가")
_add("UNIT", "satuan đơn đvt ერთეული միավոր 単位 单位 단위")
_add("TOTAL", "jumlah jumla thành tiền თანხა ღირებულება գումար 金額 金额 금액 공급가액")
_add("SKIP", "số της του")
# Armenian ("Ապրանքի (ծառայության) անվանում | Չափի միավոր | Քանակ | Միավորի գին | Արժեք (առանց ԱԱՀ) | ԱԱՀ 20% |
# Ընդամենը": the goods' (service's) name, the unit of measure, quantity, the unit's price, value without VAT, total)
_add("DESC", "ապրանքի ապրանք ծառայության ծառայություն")
_add("UNIT", "միավորի չափի")
_add("TOTAL", "արժեք արժեքը ընդամենը")
_add("SKIP", "առանց աահ")
# Hebrew, as a right-to-left page's words come ("כ " סה" is סה"כ, the total: "תיאור | כמות | מחיר יחידה | הנחה | סה"כ")
_add("DESC", "תיאור פריט")
_add("QTY", "כמות")
_add("PRICE", "מחיר")
_add("UNIT", "יחידה ליחידה")
_add("TOTAL", "סה")
_add("SKIP", "כ")
# Tajik ("Номгӯи мол (кор, хизмат) | Воҳид | Миқдор | Нарх | Арзиш бе ААИ | ААИ 14% | Арзиш бо ААИ": the goods' (work's,
# service's) names, unit, quantity, price, value without and with the VAT)
_add("DESC", "номгӯи номгӯй мол кор хизмат")
_add("QTY", "миқдор")
_add("PRICE", "нарх")
_add("UNIT", "воҳид")
_add("TOTAL", "арзиш")
_add("SKIP", "бе бо ааи")
_AREA = re.compile(r"\bsq\.?\s?(ft|m)\b\.?", re.IGNORECASE)
# What a column's amount includes or excludes is no word of the column's: "Total incl. VAT", "Amount excl. GST",
# Vietnam's "Thành tiền chưa có thuế GTGT" (the amount before the tax); the tax columns ("VAT 5%", "Thuế suất",
# "Tiền thuế GTGT") still name none of the four; nor Romanian's "Preț unitar (fără TVA)", without it
_TAX_QUALIFIER = re.compile(r"\b(?:ch[ưu]a\s+c[óo]\s+thu[ếe](?:\s+gtgt)?"
                            r"|(?:incl|excl|inkl|exkl)\.?\s*(?:vat|gst|tax|mwst|ust)|(?:brez|bez|без)\s+(?:ddv|dph|pdv|ндс|пдв)"
                            r"|(?:including|excluding)\s+(?:vat|gst|tax)"
                            r"|(?:fără|fara|sans|hors|sin|senza|sem|ohne|without)\s+(?:tva|iva|vat|mwst|ust|gst))\b",
                            re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+", re.IGNORECASE)
_CURRENCY = re.compile(r"\(?\s*(?:" + "|".join(sorted(CURRENCY_CODES)) + r"|[A-Z]{0,3}\$|[€£])\s*\)?")  # ("Precio RD$")


@lru_cache(maxsize=1)
def _sign_in_brackets() -> re.Pattern[str]:
    """A money's sign in brackets after a column's words: "Harga (Rp)", "Amount (₹)", "Value (Tk)"."""
    return re.compile(r"\(\s*(?:" + trie(list(currency_signs())) + r")\s*\)")


@lru_cache(maxsize=4096)
def header_kinds(text: str) -> tuple[str, ...] | None:
    """The kinds of words in a header cell ("E-Preis" -> UNIT PRICE), or None when one of its
    words is no header word at all."""
    kinds: list[str] = []
    text = _TAX_QUALIFIER.sub(" ", _AREA.sub(r"sq\1", text))  # "Sq ft", "sq. m": one word
    for word in _TOKEN.findall(_CURRENCY.sub(" ", _sign_in_brackets().sub(" ", text)).lower()):
        found = _kinds_of(word)
        if found is None:
            return None
        kinds.extend(k for k in found if k != "SKIP")
    return tuple(kinds) or None


def _kinds_of(word: str) -> tuple[str, ...] | None:
    if word in _WORDS:
        return (_WORDS[word],)
    for cut in range(len(word) - 2, 1, -1):  # longest known tail first: "artikel|bezeichnung"
        head, tail = word[:cut], word[cut:]
        if tail in _WORDS and len(tail) >= 3:
            first = _WORDS.get(head) or _WORDS.get(head.removesuffix("s"))
            if first:
                return first, _WORDS[tail]
    return None


def concept_role(text: str) -> str | None:
    """description, quantity, unit_price or amount from a header cell's words; None when its
    words name none (or are not all header words)."""
    kinds = header_kinds(text.strip(" :.-"))
    if not kinds:
        return None
    s = set(kinds)
    if "NET" in s:
        s = s - {"NET"} | (set() if "PRICE" in s else {"TOTAL"})
    if "DESC" in s and not s & {"PRICE", "TOTAL", "QTY"}:
        return "description"
    if "PRICE" in s:
        return "unit_price" if "UNIT" in s or "TOTAL" not in s else "amount"
    if "TOTAL" in s:
        return "unit_price" if "UNIT" in s else "amount"
    if "QTY" in s and s <= {"QTY", "UNIT"}:
        return "quantity"  # "Menge Einheit": the quantity printed with its unit ("1 Stk")
    return None
