"""The answer templates in French, Spanish and Dutch (texts.py holds English and German, and
the rules both follow)."""

from __future__ import annotations

T: dict[str, dict[str, str]] = {
    "fr": {
        "couldnt": "Je n'ai pas pu obtenir cela : {msg}",
        "ambiguous": "{n} factures correspondent à cette description ({named}) ; laquelle voulez-vous dire ?",
        "no_match": "Aucune facture ni aucun dossier ne correspond à {ref}.",
        "customer_named": "{party} est un client dans le {system}, pas un fournisseur.",
        "vendor_named": ("{party} est un fournisseur dans le {system}, pas un client : "
                         "les affaires sont ce que nous vendons."),
        "deals_ambiguous": "{ref} correspond à {n} affaires dans le {system} ; laquelle voulez-vous dire ? {named}",
        "no_deal": "Aucune affaire {ref} dans le {system}.",
        "no_po": "Aucun bon de commande ne correspond à {ref}.",
        "invoice": "La facture {num} (dossier {case})", "order": "La commande {num} ({file}, dossier {case})",
        "from": " de {vendor}", "for": " pour {vendor}", "unknown_amount": "un montant inconnu",
        "unknown_time": "une date inconnue",
        "posted": "{what}, n'est pas bloquée : elle a été approuvée et comptabilisée sous {ref}.",
        "approved_by": "Approuvée par {who} ; comptabilisée le {at}.",
        "rejected": "{what}, a été rejetée par {who} : {reason}",
        "expired": "{what}, est bloquée : sa demande d'approbation a expiré — {reason}. Elle ne sera jamais "
                   "comptabilisée.",
        "failed_intake": "{what}, est bloquée à la réception : le document est illisible — {reason}.",
        "on_hold": "{what}, est suspendue depuis le {since} : bloquée par {codes} tant que ce n'est pas résolu.",
        "typed_number": "Aucune facture ne porte le numéro {typed} ; celle qui correspond est {num}.",
        "state": "{what}, est {status} depuis le {since}.",
        "approval": "{subject} attend {n} approbation(s) du rôle {roles} (niveau {band}) : {who}. Demandée le {req}, "
                    "il y a {hours} heures ; expire le {exp} ; relances : {rem}.",
        "subject_it": "Elle", "subject_vendor": "Le nouveau fournisseur", "or": " ou ",
        "nobody": "personne que la politique accepterait pour le moment",
        "refused_attempt": "{who} a essayé et a été refusé : {why}",
        "blocked_by": "Bloquée par {code} : {msg}", "for_review": "À vérifier {code} : {msg}",
        "missing": "Il manque sur la facture : {field}.",
        "failed_post": "La comptabilisation a échoué, le {system} a répondu : {msg}",
        "deferred": "Approuvée, mais le {system} n'a pas répondu lors de la comptabilisation ({since}) : {msg}. "
                    "Elle sera retentée.",
        "unmapped": "{id} n'est associé à aucune personne dans la politique, vous ne pouvez donc rien approuver. "
                    "Demandez à un administrateur de vous ajouter au fichier de politique.",
        "pending_head": "{name}, {n} demande(s) d'approbation vous attendent :",
        "pending_item": "- {pid} : {what} {num} de {vendor}, {money}, demandée le {req}, expire le {exp}",
        "pending_invoice": "facture", "pending_vendor": "le nouveau fournisseur de la facture",
        "pending_none": "{name}, rien n'attend votre approbation.",
        "pending_refused": "Vous avez le rôle pour {pid} (facture {num}) mais ne pouvez pas l'approuver : {why}",
        "pending_head_other": "{n} demande(s) d'approbation attendent {name} :",
        "pending_none_other": "Rien n'attend l'approbation de {name}.",
        "pending_refused_other": "{name} a le rôle pour {pid} (facture {num}) mais ne peut pas l'approuver : {why}",
        "audit_head": "La piste d'audit du dossier {case}, avec les événements :",
        "po_head": "Le bon de commande {po} ({status}) de {vendor}, en {currency}, pour le service {dept} :",
        "po_line": "- ligne {line} {desc} : commandé {ordered} à {price}, reçu {received}",
        "po_billed": "Facturé : {num} sous {bill}, total {total}",
        "vendor_none": "Aucun fournisseur du fichier ne correspond ; un nouveau fournisseur demanderait sa propre "
                       "approbation.",
        "vendor_by_tax_id": "par le numéro fiscal",
        "vendor_by_iban": "par le compte bancaire",
        "vendor_by_name": "par le nom (score {score})",
        "vendor_by_similar_name": "par un nom proche",
        "vendor_by_address": "par son adresse",
        "vendor_by_bank_country": "par le pays de son compte bancaire",
        "vendor_by_goods": "par ce que ses factures facturent",
        "vendor_by_spend": "par le total de ses factures, comparé aux autres fournisseurs",
        "vendor_by_vendor_master": "par sa fiche fournisseur (numéro, statut, forme juridique ou compte)",
        "vendor_by_purchase_order": "comme fournisseur du bon de commande",
        "vendor_hit": "C'est {name} ({id}) dans le fichier des fournisseurs, trouvé {how} ; "
                      "le numéro fiscal est {tax}, le compte bancaire {iban}, le statut {status}, "
                      "la devise {currency}.",
        "var_head": "La facture {num} (dossier {case}) par rapport à {po} : {verdict}.",
        "var_line": "- {where} {desc} : commandé {ordered}, reçu {received}, facturé {billed}{price} — {verdict}",
        "var_price": " ; prix unitaire {billed} contre {ordered} sur le bon ({diff}, {pct}%, tolérance {tol})",
        "var_total": "Commandé {ordered}, facturé {billed}.", "line": "ligne", "po_line_ref": "ligne du bon",
        "read_head": "Lu dans le dossier {case} :", "warning": "Avertissement : {msg}",
        "draft_head": "La facture fournisseur {pid} ({status}) : {vendor} facture {num}, total {money}, bon {po}",
        "draft_line": "- {desc} : {amount} au compte {account}",
        "list_head": "{n} facture(s) correspondent :", "list_none": "Aucune facture ne correspond.",
        "list_no_vendor": "Aucun fournisseur ne s'appelle « {vendor} » : ce nom n'a pas servi de filtre.",
        "list_total": "Au total : {money}",
        "list_item": "- {num} de {vendor}, {money} : {status}", "list_blocked": ", bloquée par {codes}",
        "list_due": ", échéance le {due}",
        "deal_head": "L'affaire {deal} ({name}, {account}) dans le {crm}, {money}",
        "deal_invoiced": "{head}, a été facturée dans le {erp} : {made}.",
        "deal_made": "{doc} de {total} {state}",
        "deal_paid": "(payée)", "deal_outstanding": "({amount} restant dû, échéance {due})",
        "deal_crm_says": "Le {crm} indique : facture {num}, {status}, paiement {payment}.",
        "deal_not_won": "{head}, n'a pas été facturée : elle est à l'étape {stage} dans le {crm}, pas Closed Won ; "
                        "seules les affaires gagnées sont facturées.",
        "deal_asked": "{head}, n'est pas encore facturée ; une synchronisation vers le {erp} a été demandée.",
        "deal_nobody": "{head}, n'a pas été facturée : personne n'a encore demandé de la synchroniser vers le {erp}.",
        "deal_blocked": "Elle n'est pas prête ; une synchronisation serait bloquée par :",
        "deal_ready": "Elle est prête : demandez-moi \"sync order {deal}\" et un approbateur sera sollicité.",
        "refuse": "Je ne peux rien approuver, rejeter, comptabiliser ou modifier : une personne décide dans la carte "
                  "d'approbation (Slack ou `countersign approve`), et la politique vérifie qui elle est. "
                  "Je peux vous dire ce qu'attend un dossier et qui peut l'approuver.",
        "which_invoice": "De quelle facture parlez-vous ? Donnez son numéro, le fournisseur, le montant ou la "
                         "date, par exemple « qui peut approuver INV-1043 ? »",
        "cant_help": "Je ne peux pas vous aider pour cela. Je réponds aux questions sur :",
        "capabilities": (
            '- pourquoi une facture est bloquée ou où elle en est (« pourquoi la facture <numéro> est bloquée ? »)\n'
            "- ce qui attend votre approbation (« qu'est-ce qui attend ma validation ? »)\n"
            '- des listes de factures (« quelles factures sont bloquées / en retard / au-dessus de 10000 / '
            "d'Acme ? »)\n"
            "- l'écart entre une facture et sa commande (« explique l'écart sur PO-<numéro> »)\n"
            '- un bon de commande (« montre-moi PO-<numéro> »)\n'
            '- un fournisseur du fichier (« fournisseur <nom> » ou « fournisseur avec le numéro de TVA <id> »)\n'
            "- la piste d'audit d'un dossier, ce qui a été lu dans son PDF, ou son brouillon de facture\n"
            "- la synchronisation d'une commande gagnée avec l'ERP (« synchronise OPP-<numéro> ») : je la "
            "propose, une personne l'approuve\n"
            "- pourquoi une opportunité du CRM est facturée ou pas (« pourquoi l'opportunité <id> n'est pas "
            'facturée ? »)'
        ),
    },
    "es": {
        "couldnt": "No pude obtener los datos: el sistema respondió {msg}",
        "ambiguous": "{n} facturas encajan con esa descripción ({named}); ¿a cuál se refiere?",
        "no_match": "Ninguna factura ni caso coincide con {ref}.",
        "customer_named": "{party} es un cliente en el {system}, no un proveedor.",
        "vendor_named": ("{party} es un proveedor en el {system}, no un cliente: "
                         "las oportunidades son lo que vendemos."),
        "deals_ambiguous": "{ref} coincide con {n} oportunidades en el {system}; ¿cuál quiere decir? {named}",
        "no_deal": "No hay ninguna oportunidad {ref} en el {system}.",
        "no_po": "Ninguna orden de compra coincide con {ref}.",
        "invoice": "La factura {num} (caso {case})", "order": "El pedido {num} ({file}, caso {case})",
        "from": " de {vendor}", "for": " para {vendor}", "unknown_amount": "un importe desconocido",
        "unknown_time": "una fecha desconocida",
        "posted": "{what}, no está atascada: fue aprobada y contabilizada como {ref}.",
        "approved_by": "Aprobada por {who}; contabilizada el {at}.",
        "rejected": "{what}, fue rechazada por {who}: {reason}",
        "expired": "{what}, está atascada: su solicitud de aprobación caducó — {reason}. Nunca se contabilizará.",
        "failed_intake": "{what}, está atascada en la entrada: el documento no se pudo leer — {reason}.",
        "on_hold": "{what}, está retenida desde el {since}: bloqueada por {codes} hasta que se resuelva.",
        "typed_number": "Ninguna factura tiene el número {typed}; la que encaja es {num}.",
        "state": "{what}, está {status} desde el {since}.",
        "approval": "{subject} espera {n} aprobación(es) del rol {roles} (nivel {band}): {who}. Solicitada el {req}, "
                    "hace {hours} horas; caduca el {exp}; recordatorios: {rem}.",
        "subject_it": "La factura", "subject_vendor": "El nuevo proveedor", "or": " o ",
        "nobody": "nadie a quien la política aceptaría ahora",
        "refused_attempt": "{who} lo intentó y fue rechazado: {why}",
        "blocked_by": "Bloqueada por {code}: {msg}", "for_review": "Para revisar {code}: {msg}",
        "missing": "Falta en la factura: {field}.", "failed_post": "La contabilización falló, el {system} dijo: {msg}",
        "deferred": "Aprobada, pero el {system} no respondió al contabilizar ({since}): {msg}. Se volverá a intentar.",
        "unmapped": "{id} no está asignado a ninguna persona en la política, así que no puedes aprobar nada. "
                    "Pide a un administrador que te añada al archivo de política.",
        "pending_head": "{name}, {n} solicitud(es) de aprobación te esperan:",
        "pending_item": "- {pid}: {what} {num} de {vendor}, {money}, solicitada el {req}, caduca el {exp}",
        "pending_invoice": "factura", "pending_vendor": "el nuevo proveedor de la factura",
        "pending_none": "{name}, no hay nada esperando por tu aprobación.",
        "pending_refused": "Tienes el rol para {pid} (factura {num}) pero no puedes aprobarla: {why}",
        "pending_head_other": "{n} solicitud(es) de aprobación esperan a {name}:",
        "pending_none_other": "Nada espera la aprobación de {name}.",
        "pending_refused_other": "{name} tiene el rol para {pid} (factura {num}) pero no puede aprobarla: {why}",
        "audit_head": "El registro de auditoría del caso {case}, con los eventos:",
        "po_head": "La orden de compra {po} ({status}) de {vendor}, en {currency}, para el departamento {dept}:",
        "po_line": "- línea {line} {desc}: pedido {ordered} a {price}, recibido {received}",
        "po_billed": "Facturado: {num} como {bill}, total {total}",
        "vendor_none": "Ningún proveedor del maestro coincide; un proveedor nuevo necesitaría su propia aprobación.",
        "vendor_by_tax_id": "por el número fiscal",
        "vendor_by_iban": "por la cuenta bancaria",
        "vendor_by_name": "por el nombre (puntuación {score})",
        "vendor_by_similar_name": "por un nombre parecido",
        "vendor_by_address": "por su dirección",
        "vendor_by_bank_country": "por el país de su cuenta bancaria",
        "vendor_by_goods": "por lo que facturan sus facturas",
        "vendor_by_spend": "por el total de sus facturas, frente a los demás proveedores",
        "vendor_by_vendor_master": "por su ficha de proveedor (número, estado, forma jurídica o cuenta)",
        "vendor_by_purchase_order": "como proveedor de la orden de compra",
        "vendor_hit": "Es {name} ({id}) del maestro de proveedores, encontrado {how}; "
                      "el número fiscal es {tax}, la cuenta bancaria {iban}, el estado {status}, la moneda {currency}.",
        "var_head": "La factura {num} (caso {case}) frente a {po}: {verdict}.",
        "var_line": "- {where} {desc}: pedido {ordered}, recibido {received}, facturado {billed}{price} — {verdict}",
        "var_price": "; precio unitario {billed} frente a {ordered} del pedido ({diff}, {pct}%, tolerancia {tol})",
        "var_total": "Pedido {ordered}, facturado {billed}.", "line": "línea", "po_line_ref": "línea del pedido",
        "read_head": "Leído del caso {case}:", "warning": "Aviso: {msg}",
        "draft_head": "La factura de proveedor {pid} ({status}): {vendor} factura {num}, total {money}, pedido {po}",
        "draft_line": "- {desc}: {amount} a la cuenta {account}",
        "list_head": "{n} factura(s) coinciden:", "list_none": "Ninguna factura coincide.",
        "list_no_vendor": "Ningún proveedor se llama '{vendor}'; ese nombre no se usó como filtro.",
        "list_total": "En total: {money}",
        "list_item": "- {num} de {vendor}, {money}: {status}", "list_blocked": ", bloqueada por {codes}",
        "list_due": ", vence el {due}",
        "deal_head": "La oportunidad {deal} ({name}, {account}) en el {crm}, {money}",
        "deal_invoiced": "{head}, se facturó en el {erp}: {made}.",
        "deal_made": "{doc} por {total} {state}",
        "deal_paid": "(pagada)", "deal_outstanding": "({amount} pendiente, vence {due})",
        "deal_crm_says": "El {crm} dice: factura {num}, {status}, pago {payment}.",
        "deal_not_won": "{head}, no se ha facturado: está en la etapa {stage} en el {crm}, no Closed Won; "
                        "solo se facturan las oportunidades ganadas.",
        "deal_asked": "{head}, aún no se ha facturado; se pidió una sincronización con el {erp}.",
        "deal_nobody": "{head}, no se ha facturado: nadie ha pedido sincronizarla con el {erp} todavía.",
        "deal_blocked": "No está lista; una sincronización quedaría bloqueada por:",
        "deal_ready": "Está lista: pídeme \"sync order {deal}\" y se consultará a un aprobador.",
        "refuse": "No puedo aprobar, rechazar, contabilizar ni cambiar nada: una persona decide en la tarjeta de "
                  "aprobación (Slack o `countersign approve`), y la política comprueba quién es. "
                  "Puedo decirte qué espera un caso y quién puede aprobarlo.",
        "which_invoice": "¿A qué factura se refiere? Indique su número, el proveedor, el importe o la fecha, "
                         "por ejemplo «¿quién puede aprobar INV-1043?»",
        "cant_help": "No puedo ayudar con eso. Respondo preguntas sobre:",
        "capabilities": (
            '- por qué una factura está atascada o en qué estado está («¿por qué está atascada la factura <número>?»)\n'
            '- lo que espera tu aprobación («¿qué está pendiente de mi aprobación?»)\n'
            '- listas de facturas («¿qué facturas están bloqueadas / vencidas / por encima de 10000 / de Acme?»)\n'
            '- la diferencia entre una factura y su pedido («explica la diferencia del PO-<número>»)\n'
            '- un pedido de compra («muéstrame el PO-<número>»)\n'
            '- un proveedor del maestro («proveedor <nombre>» o «proveedor con el NIF <id>»)\n'
            '- el historial de auditoría de un caso, lo que se leyó de su PDF, o su borrador de factura\n'
            '- la sincronización de un pedido ganado con el ERP («sincroniza OPP-<número>»): yo la '
            'propongo, una persona la aprueba\n'
            '- por qué una oportunidad del CRM está facturada o no («¿por qué no se ha facturado la oportunidad <id>?»)'
        ),
    },
    "nl": {
        "couldnt": "Dat kon ik niet ophalen: {msg}",
        "ambiguous": "{n} facturen passen bij die omschrijving ({named}); welke bedoelt u?",
        "no_match": "Geen factuur of dossier komt overeen met {ref}.",
        "customer_named": "{party} is een klant in de {system}, geen leverancier.",
        "vendor_named": "{party} is een leverancier in de {system}, geen klant: deals zijn wat wij verkopen.",
        "deals_ambiguous": "{ref} past bij {n} deals in de {system}; welke bedoelt u? {named}",
        "no_deal": "Geen deal {ref} in de {system}.",
        "no_po": "Geen inkooporder komt overeen met {ref}.",
        "invoice": "De factuur {num} (dossier {case})", "order": "De order {num} ({file}, dossier {case})",
        "from": " van {vendor}", "for": " voor {vendor}", "unknown_amount": "een onbekend bedrag",
        "unknown_time": "een onbekend tijdstip",
        "posted": "{what}, zit niet vast: hij werd goedgekeurd en geboekt als {ref}.",
        "approved_by": "Goedgekeurd door {who}; geboekt op {at}.",
        "rejected": "{what}, werd afgewezen door {who}: {reason}",
        "expired": "{what}, zit vast: het goedkeuringsverzoek is verlopen — {reason}. Hij wordt nooit geboekt.",
        "failed_intake": "{what}, zit vast bij ontvangst: het document is niet leesbaar — {reason}.",
        "on_hold": "{what}, staat sinds {since} stil: geblokkeerd door {codes} tot dat is opgelost.",
        "typed_number": "Geen factuur heeft nummer {typed}; de factuur die past is {num}.",
        "state": "{what}, is sinds {since} {status}.",
        "approval": "{subject} wacht op {n} goedkeuring(en) van de rol {roles} (niveau {band}): {who}. Gevraagd op "
                    "{req}, {hours} uur geleden; verloopt op {exp}; herinneringen: {rem}.",
        "subject_it": "Hij", "subject_vendor": "De nieuwe leverancier", "or": " of ",
        "nobody": "niemand die het beleid nu zou accepteren",
        "refused_attempt": "{who} probeerde het en werd geweigerd: {why}",
        "blocked_by": "Geblokkeerd door {code}: {msg}", "for_review": "Ter controle {code}: {msg}",
        "missing": "Ontbreekt op de factuur: {field}.", "failed_post": "Boeken mislukt, het {system} meldde: {msg}",
        "deferred": "Goedgekeurd, maar het {system} antwoordde niet bij het boeken ({since}): {msg}. "
                    "Het wordt opnieuw geprobeerd.",
        "unmapped": "{id} is in het beleid aan geen persoon gekoppeld, dus je kunt niets goedkeuren. "
                    "Vraag een beheerder om je aan het beleidsbestand toe te voegen.",
        "pending_head": "{name}, {n} goedkeuringsverzoek(en) wachten op je:",
        "pending_item": "- {pid}: {what} {num} van {vendor}, {money}, gevraagd op {req}, verloopt op {exp}",
        "pending_invoice": "factuur", "pending_vendor": "de nieuwe leverancier voor factuur",
        "pending_none": "{name}, er wacht niets op je goedkeuring.",
        "pending_refused": "Je hebt de rol voor {pid} (factuur {num}) maar mag hem niet goedkeuren: {why}",
        "pending_head_other": "{n} goedkeuringsverzoek(en) wachten op {name}:",
        "pending_none_other": "Er wacht niets op de goedkeuring van {name}.",
        "pending_refused_other": "{name} heeft de rol voor {pid} (factuur {num}) maar mag hem niet goedkeuren: {why}",
        "audit_head": "Het audittrail van dossier {case}, met de gebeurtenissen:",
        "po_head": "De inkooporder {po} ({status}) van {vendor}, in {currency}, voor de afdeling {dept}:",
        "po_line": "- regel {line} {desc}: besteld {ordered} tegen {price}, ontvangen {received}",
        "po_billed": "Gefactureerd: {num} als {bill}, totaal {total}",
        "vendor_none": "Geen leverancier in het bestand komt overeen; een nieuwe leverancier heeft een eigen "
                       "goedkeuring nodig.",
        "vendor_by_tax_id": "op fiscaal nummer",
        "vendor_by_iban": "op bankrekening",
        "vendor_by_name": "op naam (score {score})",
        "vendor_by_similar_name": "op een gelijkende naam",
        "vendor_by_address": "op adres",
        "vendor_by_bank_country": "via het land van zijn bankrekening",
        "vendor_by_goods": "via wat zijn facturen in rekening brengen",
        "vendor_by_spend": "via het totaal van zijn facturen, vergeleken met de andere leveranciers",
        "vendor_by_vendor_master": "via zijn leveranciersgegevens (nummer, status, rechtsvorm of grootboekrekening)",
        "vendor_by_purchase_order": "als leverancier van de inkooporder",
        "vendor_hit": "Dat is {name} ({id}) uit het leveranciersbestand, gevonden {how}; "
                      "het fiscaal nummer is {tax}, de bankrekening {iban}, de status {status}, de valuta {currency}.",
        "var_head": "De factuur {num} (dossier {case}) tegenover {po}: {verdict}.",
        "var_line": "- {where} {desc}: besteld {ordered}, ontvangen {received}, gefactureerd {billed}{price} — "
                    "{verdict}",
        "var_price": "; stukprijs {billed} tegen {ordered} op de order ({diff}, {pct}%, tolerantie {tol})",
        "var_total": "Besteld {ordered}, gefactureerd {billed}.", "line": "regel", "po_line_ref": "orderregel",
        "read_head": "Gelezen uit dossier {case}:", "warning": "Waarschuwing: {msg}",
        "draft_head": "De boeking {pid} ({status}): {vendor} factuur {num}, totaal {money}, order {po}",
        "draft_line": "- {desc}: {amount} op rekening {account}",
        "list_head": "{n} factuur/facturen komen overeen:", "list_none": "Geen factuur komt overeen.",
        "list_no_vendor": "Geen leverancier heet '{vendor}'; die naam is niet als filter gebruikt.",
        "list_total": "Samen: {money}",
        "list_item": "- {num} van {vendor}, {money}: {status}", "list_blocked": ", geblokkeerd door {codes}",
        "list_due": ", vervalt op {due}",
        "deal_head": "De deal {deal} ({name}, {account}) in het {crm}, {money}",
        "deal_invoiced": "{head}, is gefactureerd in het {erp}: {made}.",
        "deal_made": "{doc} voor {total} {state}",
        "deal_paid": "(betaald)", "deal_outstanding": "({amount} open, vervalt {due})",
        "deal_crm_says": "Het {crm} meldt: factuur {num}, {status}, betaling {payment}.",
        "deal_not_won": "{head}, is niet gefactureerd: hij staat in het {crm} op fase {stage}, niet Closed Won; "
                        "alleen gewonnen deals worden gefactureerd.",
        "deal_asked": "{head}, is nog niet gefactureerd; een synchronisatie naar het {erp} is gevraagd.",
        "deal_nobody": "{head}, is niet gefactureerd: niemand heeft nog gevraagd hem naar het {erp} te synchroniseren.",
        "deal_blocked": "Hij is niet klaar; een synchronisatie zou geblokkeerd worden door:",
        "deal_ready": "Hij is klaar: vraag me \"sync order {deal}\" en een goedkeurder wordt gevraagd.",
        "refuse": "Ik kan niets goedkeuren, afwijzen, boeken of wijzigen: een persoon beslist in de goedkeuringskaart "
                  "(Slack of `countersign approve`), en het beleid controleert wie dat is. "
                  "Ik kan je vertellen waar een dossier op wacht en wie het mag goedkeuren.",
        "which_invoice": "Welke factuur bedoelt u? Noem het nummer, de leverancier, het bedrag of de datum, "
                         "bijvoorbeeld „wie mag INV-1043 goedkeuren?”",
        "cant_help": "Daar kan ik niet mee helpen. Ik beantwoord vragen over:",
        "capabilities": (
            '- waarom een factuur vastzit of hoe het ermee staat (“waarom zit factuur <nummer> vast?”)\n'
            '- wat op jouw goedkeuring wacht (“wat wacht er op mij?”)\n'
            '- lijsten van facturen (“welke facturen zijn geblokkeerd / achterstallig / boven 10000 / van Acme?”)\n'
            '- het verschil tussen een factuur en de inkooporder (“leg het verschil op PO-<nummer> uit”)\n'
            '- een inkooporder (“toon PO-<nummer>”)\n'
            '- een leverancier in het bestand (“leverancier <naam>” of “leverancier met btw-nummer <id>”)\n'
            '- de audittrail van een dossier, wat er uit de pdf is gelezen, of het concept van de boeking\n'
            '- het synchroniseren van een gewonnen order met het ERP (“synchroniseer OPP-<nummer>”): ik '
            'stel het voor, een persoon keurt het goed\n'
            '- waarom een deal in het CRM wel of niet gefactureerd is (“waarom is deal <id> niet gefactureerd?”)'
        ),
    },
}
