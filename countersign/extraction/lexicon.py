"""Labels read by meaning: label words as concepts, fields named by combinations of concepts.

The pattern lexicon (`labels.LABELS`) knows wordings one by one; an invoice from a program it has
not met says "Datum factuur", "Re.-Nr.", "Fecha vencimiento" or "VAT Registration No.". Here a
label is read as a short run of concept words in fourteen languages (English, German, French, Dutch,
Spanish, Italian, Portuguese, Polish, Czech, Hungarian, Turkish, Finnish, Estonian, Greek):
"Rechnungs-Nr." is DOC NUM, "Date de facture" is DATE DOC, "Your Order No." is YOUR ORDER NUM,
"Zwischensumme" is NET TOTAL.
German and Dutch compounds are split at known word ends ("Fälligkeits|datum", "Inkooporder|nummer").
`RULES` name a field (and a label rank, 0 strongest) from the concepts a label holds, so a new
combination of known words is still read. A label is only a label if a value fitting its field
follows it (`labels.validate`): this module says what a text would label, not that it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from countersign.extraction.cldr import currency_signs
from countersign.extraction.values import CURRENCY_CODES

# word -> concepts (a word may carry two: "Rechnungsbetrag" is DOC TOTAL after splitting).
_WORDS: dict[str, tuple[str, ...]] = {}


def _add(concept: str, words: str) -> None:
    for word in words.split():
        if concept not in _WORDS.get(word, ()):
            _WORDS[word] = _WORDS.get(word, ()) + (concept,)


_add("DOC", "invoice invoices inv re rechnung facture facturation fact factuur factura gutschrift avoir "
            "creditnota credit note nota crédito credito abrechnung fattura fatt fatura faktura faktury fv")
# A weaker document word: "Document No." or "Receipt No." ranks below "Invoice No.".
_add("DOCW", "document doc bill beleg receipt quittung kassenbon ricevuta recibo paragon documento dokument")
_add("NUM", "no nr number num nummer n° nº № no° numéro numero número núm nro nbr nos # id idnr ref réf "
            "reference référence referencia referentie kenmerk code código codigo n n.º numer rif riferimento "
            "referência")
_add("DATE", "date datum fecha data dated daté datée point")  # "Tax point": the UK's date of supply
_add("ISSUE", "issue issued ausstellung émission emission emisión emision émise emise uitgifte expedición "
              "expedicion emissione emissão emissao wystawienia wystawiona emitida emitido emessa emesso wystawiono")
_add("DUE", "due fällig faellig fälligkeit échéance echeance verval vervaldag vencimiento vto uiterste limite "
            "ziel scadenza vencimento termin płatne platne deadline frist zahlungsfrist venc")
_add("PAY", "pay payment paiement payer zahlung zahlen zahlender zahlbar betaling betalen betaal pago pagar remit "
            "payable regler régler pagamento pagare płatności platnosci płatność zapłaty zaplaty zapłata")
_add("BY", "by bis until before avant vóór voor antes")
_add("ORDER", "bestellung bestell bestel bestelling commande inkooporder pedido orden compra ordine acquisto "
              "encomenda zamówienia zamówienie zamowienia zamowienie requisição requisicao requisición requisicion")
_add("ORDEREN", "order orders auftrag")  # "order", "Auftrag": the buyer's, or the vendor's own sales order
_add("PO", "po lpo purchase")  # "LPO No.": a local purchase order (the Gulf, East Africa)
_add("YOUR", "your ihre ihr votre vos uw su sus vostro vs sua seu v buyer buyer's buyers")  # "V/ Encomenda", "V/ Ref."
_add("CUSTOMER", "customer customer's kunde kunden kd client klant cliente debiteur account acct klient klienta "
                 "nabywca odbiorca")
_add("DELIVERY", "lieferschein liefer lieferung livraison levering pakbon albarán albaran shipment consegna "
                 "entrega dostawy dostawa ddt")
_add("SUPPLY", "leistung supply prestation service sprzedaży sprzedazy")
_add("TAX", "vat tax taxes mwst ust umsatzsteuer mehrwertsteuer tva btw iva gst hst steuer igic cuota imposta "
            "imposto podatek podatku cgst sgst igst utgst pst qst")
_add("TAXID", "nif cif uid ein tin fein vatin nip nipc gstin abn siret siren piva cnpj contribuinte rfc trn")
_add("TAX", "ipi")  # Brazil's tax on products, added on top ("Valor do IPI"; the ICMS is inside the prices)
# "Valor total dos produtos", "Total mercadorias": the goods before tax
_add("NETW", "produtos productos products produits mercadorias")
_add("DOC", "folio")  # Mexico's "Folio: 4413" is the invoice's number ("Folio fiscal" is its UUID)
_add("NUM", "folio")
_add("REG", "reg registration registered identification ident identifikation intracom intracommunautaire "
            "intracomm identificatie")
_add("COMPANY", "company firm")
_add("RATE", "rate satz taux tarief tipo")
_add("TOTAL", "total totaal totale gesamt summe betrag montant importe amount sum som bedrag suma importo razem "
              "kwota wartość wartosc valor montante ogółem ogolem value")
_add("NETW", "subtotal subtotaal netto neto nett ht htva htv taxable warenwert imponible base imponibile ilíquido "
             "iliquido tributável tributavel incidência incidencia")  # net on their own
# net with a total word
# "s" is "sem" in "Total s/ IVA"
_add("NET", "net excl exkl excluding exclusive ohne sub sous zwischen hors before senza sem bez escl esclusa s")
_add("GROSS", "gross brutto bruto ttc incl inkl including inclusive grand end final lordo ivato incluido incluida "
              "included")  # "TOTAL (IVA INCLUIDO)"
_add("PAID", "paid bezahlt gezahlt anzahlung acompte réglé regle betaald aanbetaling voldaan pagado anticipo "
             "deposit received prepaid vorauszahlung geleistete entregado pagato acconto zapłacono zaplacono "
             "wpłacono wplacono zaliczka")
_add("OPEN", "balance offen offener offene rest restbetrag reste solde openstaand pendiente outstanding "
             "remaining noch nog residuo pozostało pozostalo")
_add("CHARGE", "shipping freight delivery handling versand fracht porto verpackung port frais verzend vracht "
               "bezorg envío envio portes transporte surcharge spedizione trasporto spese imballo wysyłka wysylka "
               "przesyłka przesylka envio timbre stamp stempel")  # a stamp duty added after the tax ("Timbre fiscal")
_add("DISCOUNT", "discount rebate rabatt nachlass skonto remise rabais korting descuento dto allowance sconto "
                 "desconto rabat upust")
_add("CARRIED", "carried forward übertrag uebertrag report reporter vortrag saldovortrag brought")
_add("TERMS", "terms conditions bedingungen condiciones voorwaarden termijn condizioni condições condicoes "
              "warunki termini prazo")
_add("CURRENCY", "currency währung devise valuta moneda moeda waluta валута")
_add("IBAN", "iban")
# Czech, Hungarian and Turkish ("Datum splatnosti", "Fizetési határidő", "Vade tarihi", "Genel toplam"):
_add("DOC", "fakturu fakturace számla szamla számlát szamlat faturası faturasi sorszám sorszam sorszáma sorszama")
_add("DOCW", "doklad dokladu bizonylat belge")
_add("NUM", "číslo cislo čísla cisla č sorszám sorszam sorszáma sorszama szám szam száma szama numarası numarasi")
_add("DATE", "dátum dátuma datuma kelte kelt tarih tarihi keltezés keltezes")
_add("ISSUE", "vystavení vystaveni kiállítás kiallitas düzenleme duzenleme")
_add("DUE", "splatnosti splatnost határidő hatarido határideje vade")
_add("PAY", "úhradě uhrade úhrady uhrady fizetési fizetesi fizetendő fizetendo ödeme odeme ödenecek odenecek")
_add("ORDER", "objednávka objednavka objednávky objednavky megrendelés megrendeles rendelés rendeles sipariş siparis")
_add("DELIVERY", "dodací dodaci szállítólevél szallitolevel irsaliye")
_add("SUPPLY", "plnění plneni teljesítés teljesites teslim промета promet prometa")
_add("TAX", "dph daň dan áfa afa kdv vergi")
_add("TAXID", "dič dic adószám adoszam vkn")
_add("TOTAL", "celkem součet soucet částka castka összesen osszesen összeg osszeg végösszeg vegosszeg toplam tutar "
              "tutarı tutari")
_add("NETW", "základ zaklad nettó matrah")
_add("NET", "ara")  # "Ara toplam": the subtotal
_add("GROSS", "včetně vcetne bruttó genel végösszeg vegosszeg")  # "Fizetendő végösszeg": the grand total
# Finnish ("Laskun numero", "Laskun päivämäärä", "Eräpäivä", "Viitteenne", "Veroton yhteensä", "ALV 25,5 %"):
_add("DOC", "lasku laskun")
_add("DATE", "päivämäärä paivamaara pvm eräpäivä erapaiva")
_add("DUE", "eräpäivä erapaiva")
_add("YOUR", "viitteenne tilauksenne")
_add("NUM", "viitteenne numero tilausnumero")
_add("ORDER", "tilaus tilausnumero tilauksenne")
_add("TAX", "alv")
_add("TOTAL", "yhteensä yhteensa")
_add("NETW", "veroton")
_add("TAXID", "tunnus")  # "Y-tunnus" (the business id; "y" is a filler, as in Spanish)
_add("REG", "rek")  # "ALV-rek."
# Estonian ("Arve nr", "Kuupäev", "Maksetähtaeg", "Tellimuse nr", "Summa käibemaksuta", "KMKR nr", "Tasuda"):
_add("DOC", "arve")
_add("DATE", "kuupäev kuupaev")
_add("DUE", "maksetähtaeg maksetahtaeg tähtaeg tahtaeg")
_add("PAY", "maksetähtaeg maksetahtaeg tasuda tasumisele")
_add("ORDER", "tellimus tellimuse")
_add("CUSTOMER", "kliendi")
_add("DELIVERY", "tarne tarnija")
_add("TAX", "käibemaks kaibemaks")
_add("TAXID", "kmkr")
_add("NETW", "käibemaksuta kaibemaksuta")
_add("TOTAL", "summa kokku")
# Greek ("Αριθμός Τιμολογίου", "Ημ/νία Λήξης", "Αρ. Παραγγελίας", "ΑΦΜ", "Σύνολο Καθαρής Αξίας", "Σύνολο ΦΠΑ",
# "Πληρωτέο ποσό"), with and without accents (capitals drop them):
_add("DOC", "τιμολόγιο τιμολογιο τιμολογίου τιμολογιου")
_add("NUM", "αριθμός αριθμος αριθ αρ")
_add("DATE", "ημερομηνία ημερομηνια ημ νία νια")  # "Ημ/νία"
_add("DUE", "λήξης ληξης λήξη ληξη")
_add("ORDER", "παραγγελίας παραγγελιας παραγγελία παραγγελια")
_add("CUSTOMER", "πελάτη πελατη πελάτης πελατης")
_add("TAX", "φπα")
_add("TAXID", "αφμ")
_add("TOTAL", "σύνολο συνολο ποσό ποσο αξία αξια αξίας αξιας")
_add("NETW", "καθαρή καθαρη καθαρής καθαρης")
_add("PAY", "πληρωτέο πληρωτεο")
# Latin American Spanish: "Monto neto", "R.U.T." (Chile's tax id, printed with dots)
_add("TOTAL", "monto")
_add("TAXID", "rut ruc")  # Peru's "R.U.C."
# Costa Rica: "Cédula Jurídica" (a company's tax id), "N° Consecutivo" (the invoice's own number; the 50-digit
# "Clave numérica" holds it)
_add("TAXID", "cédula cedula")
_add("COMPANY", "jurídica juridica")
_add("DOC", "consecutivo")
_add("TAX", "impuesto impuestos agregado")  # "Total impuesto": the tax; "Impuesto al Valor Agregado"
_add("NETW", "neta")  # "Total venta neta": the net sales
# A construction pay application ("Owner Contract/PO No.", "Current Payment Due"); "Contract No." alone,
# "Contract Date" and "Contract Sum" name no field.
_add("CUSTOMER", "owner owner's")
_add("CONTRACT", "contract contractor's")
_add("CURRENT", "current")
_add("INSTALMENT", "cuotas instalment instalments installment installments")  # "Total de cuotas": a count
# Bulgarian ("Дата на издаване", "Срок за плащане", "ИН по ЗДДС", "Данъчна основа", "Сума за плащане"):
_add("DOC", "фактура фактурата")
_add("NUM", "номер")
_add("DATE", "дата")
_add("ISSUE", "издаване")
_add("DUE", "падеж срок")
_add("PAY", "плащане плащането")
_add("BY", "до")
_add("ORDER", "поръчка поръчката")
_add("TAX", "ддс зддс")
_add("TAXID", "ин")  # "ИН по ЗДДС": the VAT number, "ЕИК" the company's register number
_add("NETW", "данъчна основа")
_add("TOTAL", "сума общо")
# Ukrainian and Russian ("Рахунок на оплату № 276", "Счёт на оплату", "Сума ПДВ", "Всього з ПДВ", "Итого с НДС",
# "Оплатити до", "ІПН", "ИНН"); "з"/"с" with the tax is the gross ("with VAT"), "без" the net
_add("DOC", "рахунок рахунку рахунок-фактура счет счёт счета счет-фактура")
_add("TAX", "пдв ндс")
# Kazakh "БИН"/"ИИН" (business, individual id); Uzbek "STIR" (soliq to'lovchining identifikatsiya raqami)
_add("TAXID", "іпн инн бин иин stir")
# Uzbek (Latin): "Buyurtma №" (the order), "To'lov muddati" (the payment's deadline), "Jami" (total)
_add("ORDER", "buyurtma")
_add("DUE", "muddati")
_add("TOTAL", "jami")
_add("TOTAL", "всього усього итого всего сумма")
_add("NET", "без")
_add("GROSS", "з с")
_add("PAY", "оплатити оплати оплата сплатити оплатить оплаты")
_add("ORDER", "замовлення замовленням заказ заказа")
# Lithuanian ("Sąskaitos data", "Apmokėti iki", "Užsakymo Nr.", "PVM mokėtojo kodas", "Suma be PVM"); "PVM"
# is Lithuania's VAT and Finland's date ("Laskun pvm"): both readings are tried (`_EITHER`).
_add("DOC", "sąskaita sąskaitos saskaita saskaitos faktūra faktūros faktura")
_add("NUM", "kodas")
_add("PAY", "apmokėti apmoketi mokėti moketi mokėjimo mokejimo apmokėjimo apmokejimo")
_add("BY", "iki")
_add("DUE", "terminas")
_add("ORDER", "užsakymo uzsakymo užsakymas uzsakymas")
_add("REG", "mokėtojo moketojo")
_add("TOTAL", "viso")
_add("GROSS", "bendra")
_add("NET", "be")
_add("DELIVERY", "važtaraščio vaztarascio")
# Indonesian ("Tanggal", "Jatuh Tempo", "Nomor", "NPWP", "PPN 11%"):
_add("DATE", "tanggal tgl")
_add("DUE", "jatuh tempo")
_add("NUM", "nomor")
_add("ORDER", "pesanan")
_add("TAX", "ppn")
_add("TAXID", "npwp")
# Icelandic ("Reikningur nr.", "Dagsetning", "Gjalddagi", "Pöntun nr.", "VSK-númer", "Samtals án VSK",
# "Til greiðslu"); "Eindagi" is the last day before late interest, after the due date ("Gjalddagi"): no field.
_add("DOC", "reikningur reiknings reikningsnúmer")
_add("NUM", "númer numer")
_add("DATE", "dagsetning dags útgáfudagur útgáfudags")
_add("ISSUE", "útgáfudagur útgáfudags")
_add("DUE", "gjalddagi")
_add("LATE", "eindagi")
_add("ORDER", "pöntun pöntunar pontun")
_add("CUSTOMER", "viðskiptamaður viðskiptavinur kaupandi")
_add("TAX", "vsk virðisaukaskattur")
_add("TOTAL", "samtals upphæð")
_add("NET", "án")
_add("PAY", "greiðslu greiðsla")
# Serbian (Cyrillic and Latin), Croatian and Slovenian ("РАЧУН бр.", "Датум издавања", "ПИБ", "Укупно за плаћање",
# "Račun br.", "Datum dospijeća", "OIB", "ID za DDV", "Rok plačila", "Skupaj za plačilo", "Znesek brez DDV"):
_add("DOC", "рачун рачуна račun računa racun racuna")
_add("CUSTOMER", "текући tekući tekuci žiro ziro transakcijski")  # "Текући рачун", "Žiro račun": a bank account
_add("NUM", "бр br broj број")
_add("DATE", "датум")
_add("ISSUE", "издавања издавање izdavanja izdavanje izdaje")
_add("DUE", "доспећа dospeća dospeca dospijeća dospijeca zapadlosti рок rok")
_add("PAY", "плаћање плаћања плаћању plaćanje plaćanja placanje placanja plačilo plačila placilo placila")
_add("TAX", "pdv ddv")
_add("TAXID", "пиб pib oib")
_add("TOTAL", "укупно укупан ukupno ukupan iznos износ skupaj znesek")
_add("NET", "bez brez")
_add("ORDER", "наруџбеница наруџбенице narudžbenica narudzbenica narudžba narudzba naročilnica narocilnica naročilo "
              "narudžbenici narudzbenici")  # "Po Vašoj narudžbenici br.": after your order no.
_add("YOUR", "vašoj vasoj vaša vaš")
# Romanian (Moldova's too): "Suma totală spre plată", "Total de plată"
_add("TOTAL", "totală totala")
_add("PAY", "plată plata")
# Albanian, Kosovo's too ("Nr. i faturës", "Nr. TVSH", "NUI", "Afati i pagesës", "Nr. i porosisë")
_add("DOC", "faturës fatures")
_add("TAX", "tvsh")
_add("TAXID", "nui nipt")
_add("TAXID", "nuit")  # Mozambique's taxpayer number
# Latin America's "NIT" (Bolivia, Guatemala, Colombia), Belarus's "УНП", Côte d'Ivoire's "NCC" (compte contribuable),
# Senegal's "NINEA"
_add("TAXID", "nit унп ncc ninea")
_add("DUE", "afati")
_add("PAY", "pagesës pageses pagesa")
_add("ORDER", "porosisë porosise porosia porosi")
# Latvian ("PVN rēķins Nr.", "Datums", "Apmaksas termiņš", "PVN reģ. Nr.", "Kopā apmaksai", "Summa bez PVN"):
_add("DOC", "rēķins rēķina rekins rekina")
_add("DATE", "datums")
_add("DUE", "termiņš termins")
_add("PAY", "apmaksas apmaksai samaksāt")
_add("BY", "līdz lidz")
_add("TAX", "pvn")
_add("REG", "reģ reģistrācijas")
_add("TOTAL", "kopā kopa")
_add("ORDER", "pasūtījums pasūtījuma pasutijums")
_EITHER = {"pvm": ("TAX",)}  # Lithuania's VAT ("PVM mokėtojo kodas"); Finnish "pvm" is a date
# Vietnamese, by syllable ("Số", "Ngày", "Mã số thuế", "Cộng tiền hàng", "Tiền thuế GTGT", "Tổng cộng tiền
# thanh toán"); its e-invoices print an English gloss too, read when these are not (`labels.label_matches`):
_add("NUM", "số mã")
_add("DATE", "ngày")
_add("TAX", "thuế gtgt")
_add("TOTAL", "tổng cộng")
_add("NETW", "hàng")  # "tiền hàng": the goods' amount, before the tax
_add("PAY", "thanh toán")
_add("RATE", "suất")
# Words that join concept words without meaning of their own.
_FILLER = frozenset("tiền de du des la le l d of the van het del el der die vom zum zur am à a in en per for on "
                    "sales plus zzgl less abzgl kosten costs cost to be te zu bon gastos bereits already déjà "
                    "reeds ya extra di da do dos das della dello dei od z ze na w dla e i al alla em com "
                    "ao y k son на за по към iš til af spätestens spaetestens latest za место mesto mjesto kraj "
                    "и".split())
# (Czech "k": "Celkem k úhradě"; Turkish "son": "Son Ödeme Tarihi"; Bulgarian "за", "по": "Сума за плащане",
# "ИН по ЗДДС")
_SUFFIXES = ("identifikations", "nummer", "datum", "betrag", "bedrag", "summe", "kosten", "idnr", "nr", "id",
             "dag", "ziel", "satz")
_TOKEN = re.compile(r"[\s\-–/&,'()]*(?:(?P<dots>(?:[^\W\d_]\.){2,})"
                    r"|(?P<word>#|№|n\.?[°º]\.?|[^\W\d_°º]++(?:'s)?(?![\d_])\.?))",  # "Buyer's" is one word
                    re.IGNORECASE)
# A tax row's base after its rate: "VAT 20% of £1,000.00", "MwSt 19% auf 1.000,00", "VSK 24% af 759.923".
_BASE = (r"(?:\s*(?:of|on|af|auf|von|sur|su|sobre|s/|de|z|od)\s+(?:[$€£]\s?|[A-Z]{3}\s)?"
         r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d[\d.,'\u00a0]*\d)(?!\S))?")  # "sur 1 722,00" too
_TAIL = re.compile(r"\)?(?:\s*\(?\s*@?\s*(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*%\s*\)?" + _BASE + r")?"
                   r"(?:\s*(?:[Ii]n\s+|[Ee]n\s+)?\(?\s*(?P<cur>[A-Z]{3}|[$€£]|kr\.?|(?<=\()[^\W\d_]{1,3}\.?(?=\s*\)))"
                   r"\s*\)?(?![A-Za-z]))?"  # "in EUR", "(DT)"
                   r"(?:\s*[.:…_]{2,}(?=\s|$))?\s*(?::|[\-–](?![\d.,]))?\s*")  # leaders: "NO:......:", "no::"
_LEAD_RATE = re.compile(r"(?:(?:zzgl|abzgl|inkl|incl|plus)\.?\s*|\+\s*)?(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*%\s*",
                        re.IGNORECASE)
NUMBERED = re.compile(r"\d{1,2}[.)]\s+(?=[^\W\d_])")
_JOINED = re.compile(r"(?:\s+(?P<w>[^\W\d_]{1,4}\.?))+\s*(?:(?P<colon>:)|$)")  # filler words, then the colon
MAX_WORDS = 6
_GLUED = re.compile(r"[-–]([^\W\d_]+)[-–/]?[\w\-/]*\d")  # a word joined by a dash to letters and digits: an id


@dataclass(frozen=True)
class LabelRead:
    """A label read by meaning: like a regex match, `end()` is where its value may start and
    `groupdict()` carries the tax rate printed in it."""

    stop: int
    rate: str | None = None
    concepts: int = 1  # how many concept words the label holds

    def end(self) -> int:
        return self.stop

    def groupdict(self) -> dict[str, str | None]:
        return {"rate": self.rate}


@lru_cache(maxsize=8192)
def concepts_of(word: str) -> tuple[str, ...] | None:
    """The concepts of one word (lower case, no trailing dot), splitting compounds; None when
    it is not a label word."""
    if word in _WORDS:
        return _WORDS[word]
    if len(word) > 5 and word.endswith("s") and word[:-1] in _WORDS:  # "Rechnungs-", "Fälligkeits-"
        return _WORDS[word[:-1]]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            head = concepts_of(word[: -len(suffix)].rstrip("-"))
            tail = concepts_of(suffix) or ()
            if head:
                return head + tail
    return None


@lru_cache(maxsize=8192)
def read_label(text: str) -> tuple[tuple[str, int, LabelRead], ...]:
    """The fields the start of `text` would label, as (field, rank, read): the longest run of
    label words that names a field, strongest reading first; [] when it names none. A run that
    names something that is no field ("Customer No.", "Amount paid") reads as ("", 0, read).
    A word of two languages (`_EITHER`) is read both ways, the reading that labels more first
    ("PVM 21 %" is a tax, "Laskun pvm" a date). Cached: a page asks about the same texts many times."""
    first, either = _read(text, False)
    if not either:
        return first
    second, _ = _read(text, True)
    best: dict[tuple[str, int], tuple[str, int, LabelRead]] = {}
    for found in (*first, *second):
        if found[:2] not in best or found[2].end() > best[found[:2]][2].end():
            best[found[:2]] = found
    return tuple(sorted(best.values(), key=lambda o: -o[2].end()))


def _read(text: str, other: bool) -> tuple[tuple[tuple[str, int, LabelRead], ...], bool]:
    """`read_label` with each word of `_EITHER` read as its own concepts, or (`other`) as its
    other language's; and whether the text has such a word."""
    either = False
    numbered = NUMBERED.match(text)  # a form's numbered line: "8. CURRENT PAYMENT DUE"
    lead = _LEAD_RATE.match(text, numbered.end() if numbered else 0)
    pos = lead.end() if lead else numbered.end() if numbered else 0
    rate = lead.group("rate") if lead else None
    runs: list[tuple[list[str], int]] = []  # concepts so far, and where that run ends
    concepts: list[str] = []
    while len(runs) < MAX_WORDS:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        raw = (m.group("dots") or m.group("word")).lower()
        if re.match(r"[-–/]\d", text[m.end():m.end() + 2]) or (
                (glued := _GLUED.match(text, m.end())) and concepts_of(glued.group(1).lower()) is None):
            break  # "INV-1043", "PO-2001", "PO-BEJV-37356": a value, not a label word ("Rechnungs-Nr." is one)
        word = raw.replace(".", "") if m.group("dots") else raw.rstrip(".")
        found = concepts_of(word)
        if word in _EITHER:
            either = True
            found = _EITHER[word] if other else found
        if found is None:
            if word not in _FILLER:
                break
        else:
            concepts = concepts + list(found)
            runs.append((concepts, m.end()))
        pos = m.end()
    runs = _joined_dates(text, runs)
    for words, stop in reversed(runs):
        named = name_fields(words)
        if named:
            joined = _JOINED.match(text, stop)
            if joined and joined.group("w").lower().rstrip(".") in _FILLER:
                stop = joined.start("colon") if joined.group("colon") else joined.end()  # "Émise le:", "antes de"
            tail = _TAIL.match(text, stop)
            cur = tail.group("cur") if tail else None
            if cur and (cur not in CURRENCY_CODES if re.fullmatch(r"[A-Z]{3}", cur) else
                        cur[0].isalpha() and cur.lower() != "kr" and cur not in currency_signs()):
                tail = _TAIL.match(text[:stop] + " ", stop)  # "Total due": "due" is no currency; "(DT)" is one
                # (its end stays in the text: "Invoice #CCC-2025-0207" keeps its first "C")
            end = stop if not tail else tail.end() if tail.string is text or text[stop:stop + 1].isspace() else stop
            read = LabelRead(end, rate or (tail.group("rate") if tail else None), len(words))
            return tuple((name, rank, read) for name, rank in named), either
    return (), either


def _joined_dates(text: str, runs: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """Two date labels joined by a slash, the first the invoice's and the second none of the
    fields' ("Invoice date / Delivery date", "Rechnungsdatum / Lieferdatum"): one date is both,
    so the whole run labels the invoice date."""
    if not runs or name_fields(runs[-1][0]) not in ([], [("", 0)]) or runs[-1][0][-1] != "DATE":
        return runs
    dates = {"invoice_date", "due_date", "terms"}
    for i, (words, stop) in enumerate(runs[:-1]):
        if re.match(r"\s*/\s*", text[stop:]) and words[-1] == "DATE" \
                and name_fields(words)[:1] == [("invoice_date", 0)] \
                and not dates & {name for name, _ in name_fields(runs[-1][0][len(words):])}:
            return runs[:i] + [(words, runs[-1][1])]
    return runs


_NOTHING = frozenset({"CUSTOMER", "DELIVERY", "SUPPLY", "CARRIED", "RATE", "PAID", "LATE", "INSTALMENT", "CONTRACT"})
_MODIFIERS = frozenset({"NUM", "DATE", "DOC", "DOCW", "TOTAL", "TAX", "PAY", "ISSUE"})


def name_fields(c: list[str]) -> list[tuple[str, int]]:
    """The fields a run of concepts names, strongest first: [("", 0)] for a label of no field
    ("Customer No.", "Delivery date", "Amount paid", "VAT rate"). Each field accepts a closed
    set of concepts, so a run across two labels ("Kundennr. Zahlungsziel") names nothing."""
    s = set(c)
    if s & _NOTHING and s <= _NOTHING | _MODIFIERS:
        return [("", 0)]
    if s & {"TAX", "TAXID"} and s & {"NUM", "REG", "TAXID", "COMPANY"} \
            and s <= {"TAX", "TAXID", "NUM", "REG", "COMPANY"}:
        return [("vendor_tax_id", 0)]
    if s == {"CURRENCY", "PAY"}:
        return [("due_date", 1)]  # Serbian and Croatian "Валута плаћања", "Valuta plaćanja": the day to pay by
    for concept, name, allowed in (("IBAN", "vendor_iban", {"IBAN", "NUM"}),
                                   ("CURRENCY", "currency", {"CURRENCY", "DOC"}),
                                   ("TERMS", "terms", {"TERMS", "PAY"})):
        if concept in s and s <= allowed:
            return [(name, 0)]
    order = {"ORDER", "ORDEREN", "PO", "YOUR", "NUM", "CUSTOMER"}
    if (s & {"ORDER", "ORDEREN", "PO"} or s == {"YOUR", "NUM"}) and s <= order | {"DATE", "CONTRACT"}:
        if "DATE" in s and "NUM" not in s:
            return [("", 0)]  # "Order date": the buyer's, never the invoice's ("Order No. & Date": its number)
        return [("po_number", 0 if s & {"ORDER", "PO"} or s >= {"YOUR", "ORDEREN"} else 1)]
    return _date_or_number(c, s) or _amount(c, s)


def _date_or_number(c: list[str], s: set[str]) -> list[tuple[str, int]]:
    """invoice_number, invoice_date, due_date (or the terms' label), or nothing."""
    if ("DUE" in s or ("PAY" in s and s & {"BY", "DATE"})) and s <= {"DUE", "PAY", "BY", "DATE", "DOC"}:
        return [("due_date", 0 if (s & {"DATE", "BY", "PAY"} or len(c) > 1) else 1), ("terms", 1)]
    if "DATE" in s and s <= {"DATE", "DOC", "DOCW", "ISSUE", "TAX"} and (s & {"DOC", "DOCW"} or "TAX" not in s):
        return [("invoice_date", 0 if s & {"DOC", "ISSUE"} else 1)]
    if s == {"ISSUE"}:
        return [("invoice_date", 1)]
    if "NUM" in s and s <= {"NUM", "DOC", "DOCW", "TAX"} and s & {"DOC", "DOCW"}:  # "Tax Invoice No."
        return [("invoice_number", 0 if "DOC" in s else 1)]
    return []


def _amount(c: list[str], s: set[str]) -> list[tuple[str, int]]:
    """subtotal, tax, total (rank 1: an amount due), a charge (shipping, freight) or a discount
    between the items and the tax, or nothing."""
    if s & {"CHARGE", "DISCOUNT"} and s <= {"CHARGE", "DISCOUNT", "DELIVERY", "TOTAL", "NET", "GROSS"}:
        return [("discount" if "DISCOUNT" in s else "charge", 0)]
    if s >= {"CURRENT", "PAY", "DUE"} and s <= {"CURRENT", "PAY", "DUE", "TOTAL"}:
        # "Current payment due": this period's amount, before any grand total of a schedule of values or
        # the balance to finish: the one label ranked above the others (-1)
        return [("total", -1)]
    if (s & {"OPEN", "PAY"} or s >= {"DUE", "TOTAL"}) and s <= {"OPEN", "PAY", "DUE", "TOTAL", "NET", "NETW", "GROSS",
                                                                "TAX"}:  # "Netto a pagare": the amount due
        return [("total", 1)]
    if c[0] == "TAX" and set(c[1:]) == {"NETW"} and len(c) == 2:
        return [("tax", 0)]  # "VAT subtotal", "GST subtotal": the tax summed, not the net amount
    if (s & {"NETW"} or s >= {"NET", "TOTAL"}) and s <= {"NET", "NETW", "TOTAL", "TAX", "DOC"}:
        return [("subtotal", 0)]
    if "TAX" in s and s <= {"TAX", "TOTAL"}:
        # "VAT: GB123456789": a lone tax word before an id, not an amount, labels the tax id
        return [("tax", 0), ("vendor_tax_id", 1)] if s == {"TAX"} else [("tax", 0)]
    if s & {"TOTAL", "GROSS"} and s <= {"TOTAL", "GROSS", "TAX", "DOC"}:
        return [("total", 0)]
    return []
