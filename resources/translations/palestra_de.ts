<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../ui/docks/_common.py" line="43"/>
        <source>%1 alle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="209"/>
        <source>NUOVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="214"/>
        <source>non letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="214"/>
        <source>letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="268"/>
        <source>Torna ai messaggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="390"/>
        <source>NUOVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="86"/>
        <source>Voce del Fascicolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="147"/>
        <source>Il Fascicolo previdenziale si vede dopo l&apos;accesso a MyINPS. Entri in MyINPS con le credenziali della persona scelta in «Io sono» e poi apra di nuovo questo pannello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="183"/>
        <source>Protocollo: %1 · presentata il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="185"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="188"/>
        <source>Stato di avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="190"/>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="194"/>
        <source>La domanda è ancora in lavorazione: l&apos;esito comparirà qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="196"/>
        <source>Apri il PDF della domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="199"/>
        <source>Il PDF sarà disponibile quando la domanda sarà accolta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="201"/>
        <source>Apri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="220"/>
        <source>Situazione aggiornata al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="221"/>
        <source>Contributi utili per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="221"/>
        <source>%1 settimane (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="223"/>
        <source>Contributi utili per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="223"/>
        <source>%1 settimane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="224"/>
        <source>Totale retribuzioni / redditi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="227"/>
        <source>Totale contributi accreditati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="230"/>
        <source>Apri l&apos;estratto conto in PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="231"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="231"/>
        <source>Tipo di
contribuzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="232"/>
        <source>Committente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="232"/>
        <source>Datore di lavoro /
Fondo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="233"/>
        <source>Settimane
per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="233"/>
        <source>Settimane
per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="233"/>
        <source>Retribuzione /
Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="235"/>
        <source>Contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="236"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="239"/>
        <source>dal %1
al %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="245"/>
        <source>Totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="245"/>
        <source>%1 periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="252"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="253"/>
        <source>Periodi contributivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="255"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="260"/>
        <source>Totali per anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <source>Totale generale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="260"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="315"/>
        <source>Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="260"/>
        <source>Periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="260"/>
        <source>Settimane per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="261"/>
        <source>Settimane per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="261"/>
        <source>Retribuzione / Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="263"/>
        <source>Settimane per il diritto: contano per raggiungere il requisito della pensione. Per il calcolo: contano per l&apos;importo (un anno di part-time al 50% vale 52 settimane per il diritto e 26 per il calcolo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="273"/>
        <source>Categoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="274"/>
        <source>Numero di certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="275"/>
        <source>Fondo / gestione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="276"/>
        <source>Sede INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="276"/>
        <source>Sede di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="277"/>
        <source>Decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="278"/>
        <source>Importo mensile lordo alla decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="279"/>
        <source>Importo mensile lordo attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="280"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="284"/>
        <source>Ultimo pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="284"/>
        <source>%1 il %2, netto %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="286"/>
        <source>Pensione: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="290"/>
        <source>Vedi i pagamenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="292"/>
        <source>Certificato di pensione ObisM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="304"/>
        <source>Totale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="334"/>
        <source>Nel %1 l&apos;INPS ha pagato %2 lordi; trattenute %3; netto %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="337"/>
        <source>Pagamenti del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="343"/>
        <source>Le addizionali regionale e comunale si trattengono da gennaio a novembre; a dicembre si paga anche la tredicesima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="353"/>
        <source>Numero del certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="354"/>
        <source>Medico certificatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="355"/>
        <source>Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="356"/>
        <source>Diagnosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="357"/>
        <source>Domanda collegata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="357"/>
        <source>nessuna: la domanda va presentata entro 90 giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="359"/>
        <source>Certificato medico introduttivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="370"/>
        <source>Apri %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="390"/>
        <source>Apri il cedolino di %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="395"/>
        <source>netto pagato %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="397"/>
        <source>(con la tredicesima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="437"/>
        <source>la Certificazione Unica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="439"/>
        <source>il certificato ObisM %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserTab</name>
    <message>
        <location filename="../../ui/browser/tab.py" line="115"/>
        <source>Contenuto della pagina</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="80"/>
        <location filename="../../ui/pages/cns_login.py" line="83"/>
        <source>Richiesta di identificazione utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="85"/>
        <source>Questo sito ha richiesto un certificato per identificarti: %1 (INPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="86"/>
        <source>Scegli il certificato da presentare come identificativo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="95"/>
        <source>Rilasciato da: %1 · numero di serie %2 · valido fino al %3 · uso: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="102"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="104"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="113"/>
        <source>Scegli uno dei certificati dell&apos;elenco, poi premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="108"/>
        <source>Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="112"/>
        <source>È entrato senza PIN (con SPID o CNS): non c&apos;è un PIN INPS da modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="113"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="117"/>
        <source>Scriva il PIN che usa adesso, poi il nuovo PIN due volte. Il nuovo PIN vale 6 mesi (3 mesi per gli intermediari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="119"/>
        <source>PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="119"/>
        <source>Mostra il PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="124"/>
        <source>Salva il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="152"/>
        <source>Il PIN è stato cambiato. Da ora entri con il nuovo PIN; scadrà il %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CnsLoginTab</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="241"/>
        <source>Accesso con Carta Nazionale dei Servizi (CNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="243"/>
        <source>Puoi entrare con la Tessera Sanitaria - Carta Nazionale dei Servizi (TS-CNS) o con un&apos;altra CNS. L&apos;accesso con CNS vale quanto un PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="245"/>
        <source>Prima di premere «Accedi» controlla di avere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="247"/>
        <source>un lettore di smart card collegato al computer;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="248"/>
        <source>i driver del lettore e il software della carta installati (si scaricano dal sito della tua Regione o del produttore del lettore);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="250"/>
        <source>la carta attivata (allo sportello della ASL o del Comune) e inserita nel lettore, con il chip dorato verso l&apos;alto;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="252"/>
        <source>il PIN della carta, che trovi nella busta ricevuta all&apos;attivazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="259"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="260"/>
        <source>Apri il Portafoglio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="263"/>
        <source>SIMULAZIONE: lettore e carta sono nel Portafoglio (pannello «Portafoglio»): da lì colleghi il lettore e inserisci la tessera della persona di prova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="275"/>
        <source>lettore collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="275"/>
        <source>nessun lettore collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="277"/>
        <source>nel lettore la tessera di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="279"/>
        <source>nessuna carta nel lettore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="280"/>
        <source>Sul tuo computer: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="306"/>
        <source>Hai annullato la scelta del certificato: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="315"/>
        <source>Hai annullato l&apos;inserimento del PIN: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="20"/>
        <source>Modifica contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="22"/>
        <source>Questi sono i recapiti che l&apos;INPS usa per inviarle il PIN, gli avvisi e le comunicazioni. È obbligatorio indicare almeno un numero di telefono e un indirizzo e-mail (o PEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="26"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="26"/>
        <source>Es. 3401234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="27"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="27"/>
        <source>Es. 0382123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="28"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="29"/>
        <source>PEC (posta elettronica certificata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="35"/>
        <source>Salva i contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="36"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="49"/>
        <source>I contatti sono stati aggiornati.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertPinPage</name>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="117"/>
        <source>Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="161"/>
        <source>Per convertire il PIN acceda con il suo codice fiscale e il PIN ordinario di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="162"/>
        <location filename="../../ui/pages/pin_convert.py" line="236"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="163"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="165"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="167"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="212"/>
        <source>Lo stato del suo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="217"/>
        <source>Esito previsto entro: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="219"/>
        <location filename="../../ui/pages/pin_convert.py" line="431"/>
        <source>Vai a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="230"/>
        <source>Attenzione: non chiuda questa pagina fino alla fine della procedura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="237"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="238"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="239"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="240"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="241"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="242"/>
        <source>Indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="248"/>
        <source>Confermo che i dati anagrafici e l&apos;indirizzo di residenza sono corretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="251"/>
        <source>Dati anagrafici e indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="263"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="264"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="264"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="268"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="269"/>
        <source>Controlli i recapiti: all&apos;indirizzo e-mail arriverà la conferma del PIN dispositivo. Servono almeno un numero di telefono e un indirizzo e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="272"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="273"/>
        <source>Scelga il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="273"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="274"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="274"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="289"/>
        <source>Documento di identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="290"/>
        <source>Indichi un documento di riconoscimento valido: dovrà allegarne la copia fronte/retro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="291"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="326"/>
        <source>Ci sono %1 dati da correggere: li trova segnati in rosso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="341"/>
        <source>Il modulo di richiesta n. %1 è pronto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="342"/>
        <source>Apri il modulo (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="343"/>
        <source>Salva il modulo sul computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="345"/>
        <source>Cosa fare adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="346"/>
        <source>1. Apra il modulo e lo salvi o lo stampi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="347"/>
        <source>2. Sul foglio stampato scriva la data e firmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="348"/>
        <source>3. Scansioni il foglio firmato insieme alla copia fronte/retro del documento di identità indicato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="351"/>
        <source>In questa simulazione stampante, scanner e fax sono sulla «Scrivania» (menu «Il mio mondo»). Da lì può anche inviare modulo e documento via fax al numero %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="355"/>
        <source>Apri la Scrivania (stampante e scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="357"/>
        <source>Avanti: carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="365"/>
        <source>Richiesta PIN dispositivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="368"/>
        <source>Salva il modulo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="369"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="378"/>
        <source>Il file non si può salvare in questa cartella: ne scelga un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="380"/>
        <source>Modulo salvato in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="387"/>
        <source>Carichi il file PDF in cui sono presenti la richiesta da lei firmata e la scansione del suo documento di riconoscimento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="390"/>
        <source>Scegli il file e caricalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="392"/>
        <source>Carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="393"/>
        <source>Sono accettati file PDF fino a %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="395"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="402"/>
        <source>Scegli il file da caricare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="403"/>
        <source>PDF o immagini (*.pdf *.jpg *.jpeg *.png);;Tutti i file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="416"/>
        <source>Il file non è stato accettato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="426"/>
        <source>Richiesta inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="429"/>
        <source>Numero della richiesta: %1. Esito previsto entro: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomandePage</name>
    <message>
        <location filename="../../ui/pages/domande.py" line="155"/>
        <location filename="../../ui/pages/domande.py" line="311"/>
        <source>Domande online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="157"/>
        <source>Da qui presenta le domande all&apos;INPS e ne segue lo stato di avanzamento. Per presentare una domanda serve il PIN dispositivo, oppure SPID di livello 2 o la Carta Nazionale dei Servizi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="161"/>
        <source>Lei è entrato con %1: può consultare le sue domande, ma per presentarne di nuove serve il PIN dispositivo, SPID di livello 2 o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="163"/>
        <source>Presenta una domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="177"/>
        <location filename="../../ui/pages/domande.py" line="247"/>
        <location filename="../../ui/pages/domande.py" line="285"/>
        <location filename="../../ui/pages/domande.py" line="313"/>
        <location filename="../../ui/pages/domande.py" line="506"/>
        <source>Le mie domande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="181"/>
        <source>Non risultano domande presentate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="186"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="187"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="197"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="202"/>
        <source>Protocollo %1 del %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="207"/>
        <location filename="../../ui/pages/domande.py" line="272"/>
        <source>esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="208"/>
        <source>Prossimo passaggio: %1, previsto entro il %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="210"/>
        <source>Dettaglio della domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="221"/>
        <source>Ricevuta %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="224"/>
        <source>Esito %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="244"/>
        <source>Domanda non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="246"/>
        <source>La domanda richiesta non risulta tra le sue domande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="251"/>
        <source>Protocollo %1, presentata il %2 alle %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="258"/>
        <source>Stato di avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="263"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="263"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="263"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="273"/>
        <source>Prossimo passaggio: %1, previsto entro il %2. Per vederlo, faccia passare il tempo con l&apos;Orologio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="277"/>
        <source>La lettera con l&apos;esito è spedita per posta all&apos;indirizzo di residenza (arriva nella Cassetta postale in circa 14 giorni).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="280"/>
        <source>Dati indicati nella domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="306"/>
        <source>Serve il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="324"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="325"/>
        <source>Torna al passo precedente della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="326"/>
        <location filename="../../ui/pages/domande.py" line="364"/>
        <location filename="../../ui/pages/domande.py" line="443"/>
        <source>Aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="327"/>
        <location filename="../../ui/pages/domande.py" line="365"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="359"/>
        <source>Passo %1 di %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="365"/>
        <source>Invia domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="373"/>
        <source>Controlli i dati: se qualcosa non va prema «Indietro» per correggerlo. Nulla è stato ancora inviato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="401"/>
        <source>(facoltativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="414"/>
        <source>Scelga una voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="443"/>
        <source>Chiudi aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="472"/>
        <source>Alcuni dati dei passi precedenti non sono corretti: prema «Indietro» per correggerli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="490"/>
        <source>Domanda inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="491"/>
        <source>La sua domanda «%1» è stata acquisita il %2 alle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="496"/>
        <source>Numero di protocollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="498"/>
        <source>Numero di protocollo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="501"/>
        <source>Conservi il numero di protocollo: identifica la domanda. La ricevuta è anche nella sua casella di posta elettronica, se ne ha indicata una. Lo stato di avanzamento si vede in «Le mie domande»; l&apos;esito arriverà per posta all&apos;indirizzo di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="504"/>
        <source>Apri la ricevuta (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="507"/>
        <source>Dettaglio della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="513"/>
        <source>Ricevuta domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../../ui/pages/system.py" line="41"/>
        <source>Si è verificato un problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="43"/>
        <source>Questa pagina non può essere mostrata per un errore del programma. I suoi dati non sono stati modificati. Torni indietro o alla pagina iniziale e riprovi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="45"/>
        <source>Vai alla home page dell&apos;INPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FantasySitePage</name>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="128"/>
        <source>Sito di fantasia: fa parte della simulazione Palestra INPS, come il motore di ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="133"/>
        <source>Torna al motore di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="134"/>
        <source>Vai al sito dell&apos;INPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FascicoloPage</name>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="157"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="159"/>
        <source>Per vedere il Fascicolo entri in MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="163"/>
        <source>Cassetto previdenziale del cittadino di %1 - codice fiscale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="166"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="176"/>
        <source>Menù</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="177"/>
        <source>Prema un titolo per aprire le sue voci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="201"/>
        <source>Vuole tenere questa sezione sotto gli occhi mentre ne apre un&apos;altra? La apra in un pannello a lato: i pannelli si possono affiancare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="203"/>
        <source>Apri in un pannello a lato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="208"/>
        <source>Le sezioni del Fascicolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="210"/>
        <source>Nel menù a sinistra trova le sezioni del Fascicolo. Premendo sul titolo di una sezione si aprono le sue voci; premendo su una voce se ne legge il contenuto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAccessPage</name>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="32"/>
        <location filename="../../ui/pages/pin_first_access.py" line="46"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="34"/>
        <source>Per scegliere un nuovo PIN entri prima con il codice fiscale e il PIN che ha ricevuto: il sistema la porterà qui da solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="36"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="48"/>
        <source>Il suo PIN è scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="51"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="59"/>
        <source>Scelga il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="60"/>
        <source>Codice fiscale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="65"/>
        <source>Conferma il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="66"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="152"/>
        <source>In evidenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="160"/>
        <source>Nessuna notizia in evidenza in questo momento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="161"/>
        <source>Tutte le notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="163"/>
        <source>Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="164"/>
        <source>Scegli il tuo profilo: vedrai i servizi del sito pensati per te.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="179"/>
        <source>Entra in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="185"/>
        <source>La tua area riservata: accedi con PIN, SPID o CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="187"/>
        <source>Sei entrato come %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="188"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="189"/>
        <location filename="../../ui/pages/home.py" line="208"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="202"/>
        <source>Accesso ai servizi online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="204"/>
        <source>Per l&apos;accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall&apos;INPS oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="209"/>
        <source>Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="215"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="216"/>
        <source>Contatti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpConsentPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="289"/>
        <source>Autorizzi l&apos;invio dei dati?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="291"/>
        <source>Per accedere al servizio richiesto è necessario l&apos;utilizzo dei seguenti attributi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="312"/>
        <source>%1 invierà questi dati al servizio %2 solo se premi «Autorizza l&apos;invio dei dati». Se premi «Annulla» nessun dato viene inviato e l&apos;accesso non avviene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="315"/>
        <source>Autorizza l&apos;invio dei dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="316"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpErrorPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="387"/>
        <source>Ops!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="391"/>
        <source>Continua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpLoginPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="76"/>
        <source>Entra con SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="78"/>
        <source>Richiesta di accesso SPID di livello %1 da %2. Inserisci le credenziali che hai ricevuto da %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="84"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="88"/>
        <source>Mostra password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="93"/>
        <source>Invia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="94"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="95"/>
        <source>Hai dimenticato le credenziali?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="97"/>
        <source>Non hai SPID? Registrati!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpOtpPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="163"/>
        <source>Come vuoi ricevere il codice temporaneo (otp)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="165"/>
        <source>Per il livello 2 serve, oltre alla password, un secondo passaggio: un codice di 6 cifre via SMS oppure una richiesta da approvare nell&apos;app %1 sul telefono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="168"/>
        <location filename="../../ui/pages/spid_idp.py" line="250"/>
        <source>Ricevi sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="169"/>
        <source>Utilizza l&apos;App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="171"/>
        <location filename="../../ui/pages/spid_idp.py" line="206"/>
        <location filename="../../ui/pages/spid_idp.py" line="248"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="195"/>
        <source>Codice temporaneo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="197"/>
        <source>Per accedere al servizio è richiesta l&apos;immissione del codice temporaneo ricevuto via sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="200"/>
        <source>L&apos;SMS è stato inviato al numero %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="202"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="202"/>
        <source>6 cifre, senza spazi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="205"/>
        <source>Invia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="207"/>
        <location filename="../../ui/pages/spid_idp.py" line="249"/>
        <source>Invia di nuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="208"/>
        <source>Codice non ricevuto ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="209"/>
        <location filename="../../ui/pages/spid_idp.py" line="251"/>
        <source>Apri il Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="212"/>
        <source>Nessun codice valido in questo momento: premi «Invia di nuovo» per riceverne uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="234"/>
        <source>Ti abbiamo inviato un nuovo codice: usa quello dell&apos;SMS più recente (il precedente non vale più).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="240"/>
        <source>Approva l&apos;accesso con l&apos;app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="242"/>
        <source>Abbiamo inviato una richiesta all&apos;app %1 sul tuo telefono. Apri l&apos;app (pannello «Telefono»), controlla che la richiesta sia per il servizio %2 e premi «Approva». Quando hai risposto, questa pagina prosegue da sola; puoi anche premere «Continua».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="247"/>
        <source>Continua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="268"/>
        <source>Ti abbiamo inviato una nuova richiesta: rispondi a quella più recente.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpPage</name>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="209"/>
        <source>Simbolo di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="214"/>
        <source>Gestore di identità digitale SPID (di fantasia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="224"/>
        <source>SPID, il Sistema Pubblico di Identità Digitale, permette di entrare nei servizi online della Pubblica Amministrazione con un&apos;unica identità digitale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="227"/>
        <source>SIMULAZIONE: %1 è un gestore inventato per Palestra INPS. Non scrivere mai qui le tue vere credenziali SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="233"/>
        <source>SIMULAZIONE: questo è il sito di prova di un gestore inventato. Usa solo le credenziali delle persone di prova (le trovi nel Portafoglio o nella Scheda personale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="245"/>
        <source>Servizio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="250"/>
        <source>Ops!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="252"/>
        <source>Questa richiesta di accesso non è più valida (per esempio la pagina è stata ricaricata dopo la fine dell&apos;accesso). Torna al sito del servizio e premi di nuovo «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="254"/>
        <location filename="../../ui/pages/spid_common.py" line="261"/>
        <source>Continua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="257"/>
        <source>Questa pagina non è più attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="259"/>
        <source>L&apos;accesso è andato avanti (o si è concluso) e questa pagina non si può più usare. Premi «Continua» per tornare al punto giusto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpRecoveryPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="412"/>
        <source>Hai dimenticato le credenziali?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="427"/>
        <source>Passo 1 di 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="429"/>
        <source>Scrivi il tuo nome utente e il tuo codice fiscale: %1 ti manda un codice via SMS al cellulare che hai registrato. Con il codice scegli una nuova password; se l&apos;identità era bloccata per troppi tentativi, torna attiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="432"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="433"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="437"/>
        <source>Invia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="438"/>
        <location filename="../../ui/pages/spid_idp.py" line="468"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="440"/>
        <source>Se la tua identità è sospesa o revocata, o non hai più quel cellulare, chiama l&apos;assistenza di %1 al numero %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="457"/>
        <source>Passo 2 di 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="459"/>
        <source>Ti abbiamo inviato un SMS con un codice di 6 cifre. Scrivilo qui e scegli la nuova password: almeno 8 caratteri, con lettere e numeri, senza il nome utente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="461"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="462"/>
        <source>Nuova password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="463"/>
        <source>Conferma password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="467"/>
        <source>Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="469"/>
        <source>Apri il Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="485"/>
        <source>Fatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="487"/>
        <source>Torna all&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpTransferPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="352"/>
        <source>Trasferimento in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="353"/>
        <source>Autenticazione riuscita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="355"/>
        <source>Stai per tornare al servizio %1, che riceve da %2 i dati che hai autorizzato. Sul sito vero il passaggio avviene da solo in pochi secondi; qui premi «Prosegui».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="358"/>
        <source>Prosegui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <location filename="../../ui/pages/info.py" line="174"/>
        <source>INPS - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="186"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="188"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="191"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/pages/login.py" line="40"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="42"/>
        <source>SIMULAZIONE: questa è una pagina di prova di Palestra INPS. Usi solo i dati delle persone di fantasia (li trova nella «Scheda personale»). Non scriva mai qui il suo vero codice fiscale, PIN o password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="67"/>
        <source>Per l&apos;accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall&apos;INPS oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="69"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="70"/>
        <source>Hai smarrito il tuo PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="71"/>
        <source>Richiedi e gestisci il tuo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="86"/>
        <source>Modalità di accesso non disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutPage</name>
    <message>
        <location filename="../../ui/pages/logout.py" line="29"/>
        <location filename="../../ui/pages/logout.py" line="34"/>
        <source>Uscita effettuata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="31"/>
        <source>%1, sei uscito da MyINPS. Per entrare di nuovo servono ancora il codice fiscale e il PIN, SPID o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="35"/>
        <source>Non c&apos;è nessun accesso aperto a MyINPS in questa finestra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="37"/>
        <source>Se il computer è usato anche da altre persone, ricordati di uscire sempre con «Esci» al termine del lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="41"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="42"/>
        <source>Entra di nuovo in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="43"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostPinPage</name>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="43"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="45"/>
        <source>Se non ricorda più il PIN può recuperarlo online. Scelga il modo giusto per lei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="46"/>
        <location filename="../../ui/pages/pin_lost.py" line="49"/>
        <location filename="../../ui/pages/pin_lost.py" line="72"/>
        <source>Ripristina il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="51"/>
        <source>Se ha ancora il cellulare e l&apos;indirizzo e-mail (o PEC) indicati quando ha richiesto il PIN. Le verrà inviata una prima parte del nuovo PIN via e-mail o PEC e l&apos;altra via SMS: unendo le due parti potrà entrare di nuovo in pochi minuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="57"/>
        <location filename="../../ui/pages/pin_lost.py" line="62"/>
        <location filename="../../ui/pages/pin_lost.py" line="103"/>
        <location filename="../../ui/pages/pin_lost.py" line="109"/>
        <location filename="../../ui/pages/pin_lost.py" line="122"/>
        <source>Revoca PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="59"/>
        <source>Se non ha più a disposizione l&apos;e-mail, il cellulare o la PEC, oppure se non ha mai usato il PIN. Servono il numero e la data di scadenza della tessera sanitaria. Dopo la revoca potrà richiedere un nuovo PIN: la prima parte arriva subito, la seconda per posta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="65"/>
        <source>Può anche chiamare il Contact Center: 803 164 (gratuito da rete fissa) oppure 06 164 164 (da rete mobile, a pagamento secondo il suo piano tariffario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="67"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="74"/>
        <source>Scriva il codice fiscale e gli stessi recapiti che ha indicato quando ha richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="76"/>
        <location filename="../../ui/pages/pin_lost.py" line="113"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="77"/>
        <source>Cellulare indicato nella richiesta del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="78"/>
        <source>es. 3401234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="79"/>
        <source>E-mail o PEC indicata nella richiesta del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="83"/>
        <source>Ripristina PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="85"/>
        <source>Non ho più quei recapiti: revoca il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="87"/>
        <location filename="../../ui/pages/pin_lost.py" line="124"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="105"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="111"/>
        <source>Il PIN revocato non potrà più essere usato. Dopo la revoca potrà richiedere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="114"/>
        <source>Numero della tessera sanitaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="115"/>
        <source>20 cifre, sul retro della tessera sanitaria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="116"/>
        <source>Data di scadenza della tessera sanitaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="117"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="118"/>
        <source>E-mail per la conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="141"/>
        <source>Richiedi un nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/browser/window.py" line="103"/>
        <source>Palestra INPS - simulazione del portale INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="135"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="136"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="137"/>
        <source>Ricarica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="138"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="139"/>
        <location filename="../../ui/browser/window.py" line="215"/>
        <location filename="../../ui/browser/window.py" line="366"/>
        <source>Nuova scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="140"/>
        <source>Chiudi scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="141"/>
        <source>Ingrandisci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="142"/>
        <source>Riduci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="143"/>
        <source>Dimensione normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="144"/>
        <source>Vai alla barra degli indirizzi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="145"/>
        <location filename="../../ui/browser/window.py" line="515"/>
        <source>Ricomincia da capo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="146"/>
        <source>Esci dal programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="147"/>
        <source>Caratteri grandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="152"/>
        <source>Navigazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="161"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="162"/>
        <source>Scriva un indirizzo o una ricerca e prema Invio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="165"/>
        <location filename="../../ui/browser/window.py" line="166"/>
        <source>Cancella l&apos;indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="174"/>
        <source>Zoom della pagina: premere per tornare alla dimensione normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="175"/>
        <source>Torna alla dimensione normale (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="181"/>
        <source>Io sono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="185"/>
        <source>Io sono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="191"/>
        <location filename="../../ui/browser/window.py" line="192"/>
        <source>Altri comandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="201"/>
        <source>SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell&apos;INPS. Persone e codici sono di fantasia: non scriva mai credenziali vere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="216"/>
        <source>Nuova scheda (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="224"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="227"/>
        <source>&amp;Visualizza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="230"/>
        <source>&amp;Il mio mondo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="231"/>
        <source>&amp;Simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="504"/>
        <source>Data simulata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="509"/>
        <source>Nessun accesso a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="511"/>
        <source>Accesso come %1 con %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="516"/>
        <source>Tutto ciò che è stato fatto nella simulazione sarà cancellato e le persone di prova torneranno allo stato iniziale. Continuare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="544"/>
        <source>%1 - Palestra INPS (simulazione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="555"/>
        <source>Zoom: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MontanteChart</name>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="63"/>
        <source>Grafico del montante contributivo anno per anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="74"/>
        <source>Dal %1 al %2 il montante passa da %3 a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="80"/>
        <source>Contributi accreditati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="81"/>
        <source>Anni stimati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="115"/>
        <source>Nessun dato da mostrare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyInpsPage</name>
    <message>
        <location filename="../../ui/pages/myinps.py" line="47"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="51"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="53"/>
        <source>Questa è MyINPS, la Sua area riservata: da qui vede la Sua posizione INPS e gestisce le Sue pratiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="56"/>
        <source>Ultimo accesso: %1 alle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="59"/>
        <source>Questo è il Suo primo accesso a MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="60"/>
        <source>Accesso con %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="63"/>
        <source>Con il PIN ordinario può consultare i Suoi dati (Fascicolo, estratto conto, certificazioni). Per presentare domande serve il PIN dispositivo, oppure SPID o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="65"/>
        <source>Come avere il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="70"/>
        <source>Ha 1 domanda in lavorazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="71"/>
        <source>Ha %1 domande in lavorazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="72"/>
        <source>Lo stato di avanzamento è nel Fascicolo, alla voce «Richieste presentate».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="74"/>
        <source>Vedi le richieste presentate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="79"/>
        <source>Ultimo pagamento della pensione: %1, importo netto %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="82"/>
        <source>I servizi più usati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="97"/>
        <source>Cerca un servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="98"/>
        <source>Scriva che cosa cerca, per esempio «la mia pensione», e prema Invio o il pulsante Cerca. Poi prema sul titolo del risultato che Le interessa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="102"/>
        <source>Cerca in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="103"/>
        <source>Scrivi qui per eseguire la ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="107"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="120"/>
        <source>Risultati proposti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="132"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="135"/>
        <source>Il Suo Fascicolo previdenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="136"/>
        <source>Il Fascicolo previdenziale del cittadino (o Cassetto previdenziale) è lo strumento principale della Sua area riservata: domande presentate, posizione assicurativa, prestazioni, invalidità civile e modelli (Certificazione Unica, ObisM, cedolino).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="239"/>
        <source>INPS - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="240"/>
        <source>INPS - Notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="246"/>
        <source>Notizia non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="248"/>
        <source>La notizia che cerca non è disponibile. Qui sotto trova tutte le notizie pubblicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="250"/>
        <source>Notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="254"/>
        <source>Notizia del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="260"/>
        <source>Per saperne di più</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="265"/>
        <source>Tutte le notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="266"/>
        <location filename="../../ui/pages/home.py" line="277"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="272"/>
        <source>Nessuna notizia pubblicata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotFoundPage</name>
    <message>
        <location filename="../../ui/pages/system.py" line="14"/>
        <source>Pagina non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="16"/>
        <source>L&apos;indirizzo %1 non corrisponde a nessuna pagina. Controlli di averlo scritto bene, oppure torni alla pagina iniziale del sito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="18"/>
        <source>Vai alla home page dell&apos;INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="19"/>
        <source>Vai al motore di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <location filename="../../ui/pages/system.py" line="26"/>
        <source>Questa pagina non fa parte della simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="28"/>
        <source>Palestra INPS funziona senza Internet: contiene solo una copia simulata del sito dell&apos;INPS e un motore di ricerca di prova. L&apos;indirizzo che ha scritto (%1) porterebbe fuori dalla simulazione, quindi non viene aperto. Non c&apos;è nessun problema e nulla si è rotto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="32"/>
        <source>Per continuare l&apos;esercizio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="33"/>
        <source>Cerchi «inps» con il motore di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="34"/>
        <source>Vada direttamente alla home page dell&apos;INPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="24"/>
        <source>Documento: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="33"/>
        <source>Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="34"/>
        <source>Stampa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="35"/>
        <source>Ingrandisci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="36"/>
        <source>Riduci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="37"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="50"/>
        <source>Pagine del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="70"/>
        <source>Salva il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="70"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="78"/>
        <source>Non è stato possibile salvare il file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Documento salvato in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="101"/>
        <source>Documento inviato alla stampante.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PensioneFuturaPage</name>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="205"/>
        <source>La mia pensione futura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="207"/>
        <source>Il servizio permette di simulare quale sarà presumibilmente la sua pensione al termine dell&apos;attività lavorativa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="225"/>
        <source>Informativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="227"/>
        <source>Il servizio «La mia pensione futura» fornisce una stima della pensione calcolata sui contributi presenti nel suo estratto conto e su ipotesi relative al futuro (andamento della sua retribuzione e dell&apos;economia). Il risultato è una simulazione: non ha valore di certificazione e non impegna l&apos;Istituto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="231"/>
        <source>Gli importi sono espressi a moneta costante, cioè al valore attuale del denaro, e sono lordi: le imposte non sono considerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="233"/>
        <source>I suoi dati personali sono trattati solo per eseguire la simulazione richiesta, secondo il Regolamento (UE) 2016/679. In questa palestra tutti i dati sono di fantasia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="236"/>
        <source>Dichiaro di aver preso visione dell&apos;informativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="239"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="246"/>
        <source>Per proseguire spunti la casella «Dichiaro di aver preso visione dell&apos;informativa».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="260"/>
        <source>Crescita annua della sua retribuzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="263"/>
        <source>Crescita annua del PIL (rivaluta i contributi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="264"/>
        <source>1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="264"/>
        <source>1,5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="266"/>
        <source>Fino a quando pensa di lavorare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="267"/>
        <source>Fino alla pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="267"/>
        <source>Fino a una data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="269"/>
        <source>Data di cessazione dell&apos;attività</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="270"/>
        <source>mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="271"/>
        <source>Il mese e l&apos;anno in cui smette di lavorare, per esempio 12/2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="275"/>
        <source>Calcola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="277"/>
        <source>Le ipotesi della simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="278"/>
        <source>Può cambiare le ipotesi e premere «Calcola» tutte le volte che vuole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="314"/>
        <source>Apri il Fascicolo previdenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="315"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="323"/>
        <source>Il risultato della simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="325"/>
        <source>Simulazione per %1, nata il %2, eseguita il %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="326"/>
        <source>Simulazione per %1, nato il %2, eseguita il %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="328"/>
        <source>Contributi accreditati: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="331"/>
        <source>Retribuzione annua attuale: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="335"/>
        <source>Con i dati e le ipotesi indicate non risulta una pensione raggiungibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="340"/>
        <location filename="../../ui/pages/pensione_futura.py" line="366"/>
        <source>Pensione anticipata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="340"/>
        <location filename="../../ui/pages/pensione_futura.py" line="366"/>
        <source>Pensione di vecchiaia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="341"/>
        <source>%1: non raggiungibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="344"/>
        <source>Il montante contributivo nel tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="346"/>
        <source>Ogni barra è il montante al 31 dicembre dell&apos;anno (l&apos;ultima alla decorrenza della pensione): la somma dei contributi, rivalutata ogni anno. Le barre chiare sono gli anni stimati, con contributi futuri o una rivalutazione ipotizzata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="350"/>
        <source>Anticipata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="350"/>
        <source>Vecchiaia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="353"/>
        <source>Anticipata e vecchiaia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="356"/>
        <location filename="../../ui/pages/pensione_futura.py" line="416"/>
        <source>Mostra i valori in tabella</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="361"/>
        <source>Ipotesi e avvertenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="367"/>
        <source>dal %1, a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="368"/>
        <source>di età</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="369"/>
        <source>%1 al mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="370"/>
        <source>Importo mensile lordo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="372"/>
        <source>Importo lordo a moneta costante, per 13 mensilità (%1 l&apos;anno).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="373"/>
        <source>Montante contributivo alla decorrenza: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="374"/>
        <source>Coefficiente di trasformazione: %1 (tabella %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="376"/>
        <source>Contributi alla decorrenza: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="377"/>
        <source>Requisito: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="380"/>
        <source>Tasso di sostituzione: %1 (prima pensione annua rispetto all&apos;ultima retribuzione annua di %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="383"/>
        <source>la prima raggiungibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="393"/>
        <source>Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="393"/>
        <source>Contributi dell&apos;anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="393"/>
        <source>Rivalutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="393"/>
        <source>Montante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="395"/>
        <source>Tabella del montante contributivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="399"/>
        <source>coefficiente pubblicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="399"/>
        <source>ipotesi PIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="400"/>
        <source>non rivalutato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="400"/>
        <source>anno della pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="416"/>
        <source>Nascondi la tabella</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="130"/>
        <location filename="../../ui/pages/cns_login.py" line="134"/>
        <source>Inserimento PIN della carta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="136"/>
        <source>Per usare il certificato «%1» scrivi il PIN della carta (lo trovi nella busta ricevuta con la tessera) e premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="138"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="142"/>
        <source>Sblocca con il PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="144"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="145"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="180"/>
        <source>Scrivilo qui e premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDispositivoPage</name>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="66"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="68"/>
        <source>PIN INPS ordinario: è necessario per fruire dei servizi di consultazione di dati relativi alla propria posizione contributiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="71"/>
        <source>PIN INPS dispositivo: è necessario per richiedere all&apos;Istituto le prestazioni e i benefici economici ai quali si ha diritto per legge. Per ottenerlo il cittadino deve inviare online o via fax copia del proprio documento di identità o recarsi presso una Sede Inps per farsi identificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="74"/>
        <source>CONVERTI PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="76"/>
        <source>Online: converti il PIN ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="77"/>
        <source>1. Premi «Converti PIN» e accedi con codice fiscale e PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="78"/>
        <source>2. Conferma i dati anagrafici, l&apos;indirizzo e i recapiti e inserisci i dati di un documento di riconoscimento valido (carta d&apos;identità, patente o passaporto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="80"/>
        <source>3. Scarica il foglio di richiesta, stampalo, scrivi la data e firmalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="81"/>
        <source>4. Scansiona il foglio firmato insieme al documento di riconoscimento e carica il file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="87"/>
        <source>Via fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="88"/>
        <source>Dopo aver scaricato e firmato il modulo con «Converti PIN», puoi inviarlo con una fotocopia fronte/retro del documento di riconoscimento al numero %1. Dopo qualche ora riceverai un&apos;e-mail con l&apos;esito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="93"/>
        <source>In sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="94"/>
        <source>Presso una Sede INPS, compilando il modello MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede» ed esibendo un documento di identità valido: l&apos;operatore consegna il PIN in busta chiusa, già di tipo dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="97"/>
        <source>Sede INPS di Pavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="99"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGatePage</name>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="42"/>
        <source>Per questa domanda serve il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="44"/>
        <source>Il suo accesso permette di presentare domande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="45"/>
        <source>Continua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="49"/>
        <source>Lei è entrato con: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="50"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="52"/>
        <source>Convertire il PIN ordinario in PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="54"/>
        <source>Nel menu «Il PIN online» scelga «Vuoi il PIN dispositivo?» e poi «Converti PIN»: entri con codice fiscale e PIN ordinario, confermi i dati, stampi e firmi il modulo e lo invii insieme alla copia di un documento di identità. In una sede INPS il PIN dispositivo viene dato subito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="60"/>
        <source>Oppure entrare con SPID o CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="61"/>
        <source>SPID e la Carta Nazionale dei Servizi valgono come il PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="62"/>
        <source>Entra con SPID o CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="64"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGermanPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="136"/>
        <source>Der PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="138"/>
        <source>Hinweis: In dieser Simulation sind die folgenden Seiten nur auf Italienisch verfügbar. (Nella simulazione le pagine successive sono solo in italiano.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="143"/>
        <source>Müssen Sie den PIN beantragen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="144"/>
        <source>PIN BEANTRAGEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="148"/>
        <source>Der PIN ist der persönliche Code, mit dem Sie die Online-Dienste des INPS nutzen können.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="150"/>
        <source>Der anfängliche PIN besteht aus 16 Zeichen. Die ersten 8 erhalten Sie per SMS, E-Mail oder zertifizierter E-Mail (PEC); die zweiten 8 mit gewöhnlicher Post an Ihre Wohnadresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="153"/>
        <source>Bei der ersten Verwendung wird der anfängliche PIN mit 16 Zeichen durch einen PIN mit 8 Zeichen ersetzt, den Sie für die weitere Nutzung aufbewahren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="156"/>
        <source>&lt;b&gt;Achtung:&lt;/b&gt; Seit dem 15. März 2016 können Sie die Dienste für Bürger auch mit &lt;b&gt;SPID&lt;/b&gt;-Zugangsdaten nutzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="163"/>
        <source>MÖCHTEN SIE DEN PIN DISPOSITIVO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="164"/>
        <source>Für Anträge auf Leistungen wird der PIN dispositivo benötigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="166"/>
        <source>HABEN SIE IHREN PIN VERLOREN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="167"/>
        <source>Stellen Sie Ihren PIN mit den bei der Beantragung angegebenen Kontaktdaten wieder her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="170"/>
        <source>Contact Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="172"/>
        <source>803 164 (gebührenfrei aus dem Festnetz) oder 06 164 164 aus dem Mobilfunknetz (kostenpflichtig je nach Tarif Ihres Anbieters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="174"/>
        <source>Il PIN online (in italiano)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinLockedPage</name>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="118"/>
        <source>Il suo PIN è bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="121"/>
        <source>Il codice fiscale o il PIN sono stati scritti in modo sbagliato %1 volte di seguito. Per proteggere i suoi dati il PIN è stato bloccato: anche il PIN giusto, adesso, non funziona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="124"/>
        <source>Non si preoccupi: può riavere l&apos;accesso in uno di questi modi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="126"/>
        <source>1. Ripristinare il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="127"/>
        <source>Se ha ancora il cellulare e l&apos;indirizzo e-mail (o PEC) indicati quando ha richiesto il PIN: riceverà subito un nuovo PIN in due parti, una per e-mail e una per SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="129"/>
        <source>Ripristina il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="132"/>
        <source>2. Revocare il PIN e richiederne uno nuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="133"/>
        <source>Se non ha più quel cellulare o quell&apos;e-mail: serve la tessera sanitaria (numero e data di scadenza). Poi potrà richiedere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="135"/>
        <source>Revoca il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="137"/>
        <source>Apri il telefono per chiamare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="139"/>
        <source>3. Chiamare il Contact Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="140"/>
        <source>Numero verde 803 164, gratuito da rete fissa, oppure 06 164 164 da rete mobile (a pagamento in base al piano tariffario del gestore telefonico).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="144"/>
        <source>Torna all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="145"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinMenuPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="75"/>
        <source>Consulta come ottenere e gestire il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="82"/>
        <source>Devi richiedere il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="84"/>
        <source>RICHIEDI PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="89"/>
        <source>Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="91"/>
        <source>Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta elettronica certificata; i secondi 8 con posta ordinaria all&apos;indirizzo di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="94"/>
        <source>Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="97"/>
        <source>&lt;b&gt;Attenzione:&lt;/b&gt; dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite credenziali &lt;b&gt;SPID&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="106"/>
        <source>VUOI IL PIN DISPOSITIVO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="107"/>
        <source>Il PIN dispositivo serve per chiedere prestazioni e benefici economici: converti il tuo PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="110"/>
        <source>HAI SMARRITO IL PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="111"/>
        <source>Ripristina il PIN con i recapiti che hai indicato nella richiesta, oppure chiedine la revoca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="117"/>
        <source>PIN ordinario: serve per consultare i dati della propria posizione. PIN dispositivo: serve per richiedere all&apos;Istituto le prestazioni e i benefici economici; si ottiene convertendo il PIN ordinario (online o via fax, con un documento di identità) oppure in una sede INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="120"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinNoticePage</name>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="93"/>
        <source>Accesso eseguito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="98"/>
        <source>Con il PIN ordinario può consultare i suoi dati (ad esempio il Fascicolo previdenziale). Per presentare una domanda serve il PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="100"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="102"/>
        <source>Il suo accesso è stato eseguito correttamente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="103"/>
        <source>Prosegui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRequestPage</name>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="22"/>
        <source>Passo 1 di 3: codice fiscale e residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="23"/>
        <source>Passo 2 di 3: dati anagrafici, residenza e recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="24"/>
        <source>Passo 3 di 3: riepilogo dei dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="40"/>
        <source>Richiedi il tuo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="55"/>
        <source>Esito della richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="83"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="84"/>
        <source>Lo trova sulla tessera sanitaria: 16 caratteri, lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="85"/>
        <location filename="../../ui/pages/pin_request.py" line="175"/>
        <source>Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="85"/>
        <location filename="../../ui/pages/pin_request.py" line="119"/>
        <source>Italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="86"/>
        <location filename="../../ui/pages/pin_request.py" line="119"/>
        <source>Estera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="90"/>
        <location filename="../../ui/pages/pin_request.py" line="203"/>
        <location filename="../../ui/pages/pin_request.py" line="258"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="92"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="109"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="118"/>
        <source>Codice Fiscale: %1 · Residenza: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="122"/>
        <source>Scriva i suoi dati come sono sul codice fiscale. I campi segnati con * sono obbligatori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="125"/>
        <source>Sesso *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="125"/>
        <source>Maschio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="125"/>
        <source>Femmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="128"/>
        <source>Luogo di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="129"/>
        <source>In Italia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="129"/>
        <source>All&apos;estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="135"/>
        <source>Comune di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="136"/>
        <source>Provincia di nascita (sigla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="137"/>
        <location filename="../../ui/pages/pin_request.py" line="171"/>
        <source>es. PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="140"/>
        <source>Stato estero di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="141"/>
        <location filename="../../ui/pages/pin_request.py" line="159"/>
        <source>es. Germania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="144"/>
        <source>Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="145"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="146"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="148"/>
        <source>Data di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="148"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="149"/>
        <source>Giorno, mese e anno separati da una barra, ad esempio 08/05/1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="158"/>
        <source>Residenza all&apos;estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="159"/>
        <source>Stato estero di residenza *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="160"/>
        <source>Città *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="161"/>
        <source>Indirizzo (via, numero civico, codice postale) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="167"/>
        <source>Indirizzo (via o piazza) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="168"/>
        <source>Numero civico *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="169"/>
        <source>CAP *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="169"/>
        <source>5 cifre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="170"/>
        <source>Comune *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="171"/>
        <source>Provincia (sigla) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="176"/>
        <source>A questo indirizzo arriverà per posta la seconda parte del PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="182"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="183"/>
        <location filename="../../ui/pages/pin_request.py" line="196"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="183"/>
        <location filename="../../ui/pages/pin_request.py" line="197"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="186"/>
        <source>Fascia oraria preferita per essere contattato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="187"/>
        <source>dalle 9 alle 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="187"/>
        <source>dalle 14 alle 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="188"/>
        <source>dalle 18 alle 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="192"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="194"/>
        <source>La prima parte del PIN arriverà subito per SMS al cellulare e per e-mail (o PEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="196"/>
        <source>es. 3401234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="197"/>
        <source>es. 0382123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="198"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="198"/>
        <source>es. nome@esempio.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="199"/>
        <source>PEC (posta elettronica certificata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="204"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="228"/>
        <source>C&apos;è un dato da correggere: lo trova scritto in rosso sotto il campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="229"/>
        <source>Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="245"/>
        <source>Controlli con attenzione i dati che ha scritto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="256"/>
        <source>Se i dati sono corretti prema «Avanti» per inviare la richiesta. Se deve correggere qualcosa prema «Conferma»: tornerà al modulo con i dati già scritti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="259"/>
        <source>Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="260"/>
        <source>Torna al modulo per correggere i dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="288"/>
        <source>SMS al cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="288"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="288"/>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="291"/>
        <source>1. La prima parte del PIN (8 caratteri) è stata inviata adesso: %1. Il messaggio arriva da «InpsInforma».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="293"/>
        <source>2. La seconda parte (altri 8 caratteri) arriverà per posta all&apos;indirizzo di residenza, in circa due settimane (verso il %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="296"/>
        <source>3. Quando avrà tutte e due le parti, entri dall&apos;Autenticazione con il codice fiscale e il PIN di 16 caratteri (prima la parte dell&apos;SMS, poi quella della lettera): le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="300"/>
        <source>Che cosa succede adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="301"/>
        <source>Apri il telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="303"/>
        <source>Nella Palestra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="304"/>
        <source>Gli SMS arrivano nel «Telefono», le e-mail nella «Posta elettronica», le lettere nella «Cassetta postale». Per non aspettare due settimane, faccia avanzare il tempo con l&apos;«Orologio».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="308"/>
        <source>Apri l&apos;orologio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="311"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSupportPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="205"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalItemPage</name>
    <message>
        <location filename="../../ui/pages/site_search.py" line="145"/>
        <source>Pagina non disponibile - INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="149"/>
        <source>Pagina non disponibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="151"/>
        <source>La pagina richiesta non esiste più o è stata spostata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="152"/>
        <source>Torna alla home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="157"/>
        <source>Notizia del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="162"/>
        <source>Servizi e informazioni collegati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="168"/>
        <source>Torna alla ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="169"/>
        <source>Vai a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PukDialog</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="190"/>
        <location filename="../../ui/pages/cns_login.py" line="192"/>
        <source>Sblocco della carta con il PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="194"/>
        <source>Il PUK è il codice di sblocco di 8 cifre che trovi nella busta ricevuta con la tessera. Scrivilo e scegli un nuovo PIN (da 5 a 8 cifre): il vecchio PIN non vale più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="197"/>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="198"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="199"/>
        <source>Conferma nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="203"/>
        <source>Sblocca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="204"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchEnginePage</name>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="53"/>
        <source>Il motore di ricerca di prova di Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="58"/>
        <source>Suggerimento: per trovare il sito dell&apos;INPS scriva inps e prema Invio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="66"/>
        <source>%1 - CercaLibero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="76"/>
        <source>Nessun risultato per «%1». Provi con parole diverse, per esempio inps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="80"/>
        <source>1 risultato per «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="81"/>
        <source>%2 risultati per «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SedePaviaPage</name>
    <message>
        <location filename="../../ui/pages/sede.py" line="21"/>
        <source>Sede INPS di Pavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="23"/>
        <source>Vai allo sportello (simulazione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="25"/>
        <source>PIN dispositivo in sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="26"/>
        <source>Il PIN che si richiede recandosi direttamente nelle sedi INPS è immediatamente di tipo dispositivo. La procedura è la seguente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="28"/>
        <source>• ci si reca presso la sede muniti di documento valido di identità;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="29"/>
        <source>• si compila il modulo di richiesta del PIN (il modello MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede»);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="31"/>
        <source>• si consegna il modulo compilato unitamente al proprio documento di identità;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="32"/>
        <source>• l&apos;operatore INPS allo sportello verifica l&apos;identità e avvia la procedura di assegnazione del PIN;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="34"/>
        <source>• l&apos;operatore consegna il PIN in busta chiusa al richiedente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="35"/>
        <source>La richiesta va presentata personalmente: non sono ammesse deleghe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="38"/>
        <source>Vuoi il PIN dispositivo? Le altre strade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="39"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSearchPage</name>
    <message>
        <location filename="../../ui/pages/site_search.py" line="54"/>
        <source>Ricerca: %1 - INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="58"/>
        <source>Risultati della ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="61"/>
        <source>Cerca nel sito INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="62"/>
        <source>Scrivi qui per eseguire la ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="67"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="71"/>
        <source>Scriva nella casella che cosa cerca (per esempio «la mia pensione») e prema Invio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="76"/>
        <source>Forse cercavi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="79"/>
        <source>Nessun risultato per «%1». Controlli come ha scritto le parole, oppure provi con parole più semplici: per esempio «pensione», «PIN», «Certificazione Unica».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="84"/>
        <source>1 risultato per «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="84"/>
        <source>%1 risultati per «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="86"/>
        <source>Prema sul titolo del risultato che le interessa per aprirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="99"/>
        <source>Notizia del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="102"/>
        <source>Servizio riservato: per usarlo si entra con PIN, SPID o CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="107"/>
        <source>Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="107"/>
        <source>Schede prestazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="108"/>
        <source>Notizie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidHelpPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="215"/>
        <source>Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="217"/>
        <source>Per i problemi con la tua identità SPID l&apos;aiuto lo dà il gestore che te l&apos;ha rilasciata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="219"/>
        <source>Ho dimenticato nome utente o password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="220"/>
        <source>Sulla pagina di accesso del tuo gestore premi «Hai dimenticato le credenziali?» e segui i passaggi: ricevi un codice sul cellulare e scegli una nuova password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="222"/>
        <source>La mia identità è bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="223"/>
        <source>Dopo troppe password sbagliate l&apos;identità si blocca per sicurezza. Si sblocca scegliendo una nuova password con «Hai dimenticato le credenziali?» o chiamando il gestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="225"/>
        <source>Il codice via SMS non arriva o è scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="226"/>
        <source>Controlla il telefono, poi premi «Invia di nuovo»: vale solo il codice dell&apos;SMS più recente e dura pochi minuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="228"/>
        <source>La mia identità è sospesa o revocata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="229"/>
        <source>Solo il gestore può riattivarla: chiama la sua assistenza. Nel frattempo puoi entrare nei servizi INPS con il PIN o con la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="234"/>
        <source>Assistenza dei gestori (di fantasia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="236"/>
        <source>%1: numero verde %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidInfoPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="155"/>
        <source>Cos&apos;è SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="157"/>
        <source>SPID è il sistema di accesso che consente di utilizzare, con un&apos;identità digitale unica, i servizi online della Pubblica Amministrazione e dei privati aderenti. L&apos;identità è fatta di un nome utente e di una password e si può usare da computer, tablet e smartphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="160"/>
        <source>I tre livelli di sicurezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="162"/>
        <source>Livello 1: nome utente e password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="163"/>
        <source>Livello 2: nome utente e password più un codice temporaneo (OTP) ricevuto via SMS o una conferma nell&apos;app del gestore. È il livello chiesto dall&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="165"/>
        <source>Livello 3: nome utente e password più un dispositivo di sicurezza, per esempio una smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="168"/>
        <source>Come si entra in un servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="170"/>
        <source>Sul sito del servizio premi «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="171"/>
        <source>Scegli dall&apos;elenco il gestore con cui hai attivato SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="172"/>
        <source>Sul sito del gestore scrivi nome utente e password e premi «Invia».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="173"/>
        <source>Per il livello 2 scrivi il codice ricevuto via SMS, oppure approva la richiesta nell&apos;app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="174"/>
        <source>Leggi quali dati vengono inviati al servizio e premi «Autorizza l&apos;invio dei dati».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="178"/>
        <source>Nessun gestore e nessun ente ti chiederà mai la password o il codice temporaneo per telefono, SMS o e-mail: non comunicarli a nessuno.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidLoginTab</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="37"/>
        <source>Accesso con SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="39"/>
        <source>SPID, il Sistema Pubblico di Identità Digitale, ti permette di entrare nei servizi online della Pubblica Amministrazione con un&apos;unica identità digitale (nome utente e password) rilasciata da un gestore di tua scelta. Per i servizi INPS serve SPID di livello 2: dopo la password ti viene chiesto un codice temporaneo via SMS oppure una conferma nell&apos;app del gestore. L&apos;accesso con SPID vale quanto un PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="44"/>
        <source>Entra con SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="50"/>
        <source>Scegli il tuo gestore di identità SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="54"/>
        <source>Scegli il gestore con cui hai attivato SPID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="68"/>
        <source>Maggiori informazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="69"/>
        <source>Non hai SPID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="70"/>
        <source>Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="75"/>
        <source>SIMULAZIONE: i gestori dell&apos;elenco sono inventati. Le persone di prova che hanno SPID trovano gestore, nome utente e password nel Portafoglio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidRequestPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="187"/>
        <source>Non hai SPID? Ecco come richiederlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="189"/>
        <source>Puoi richiedere SPID se sei maggiorenne. La richiesta si fa a un gestore di identità digitale, sul suo sito: scegline uno, registrati e fatti riconoscere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="191"/>
        <source>Cosa ti serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="193"/>
        <source>un indirizzo e-mail;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="194"/>
        <source>il numero del telefono cellulare che usi normalmente;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="195"/>
        <source>un documento di identità valido (carta d&apos;identità, passaporto o patente);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="196"/>
        <source>la tessera sanitaria con il codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="199"/>
        <source>Come ti riconoscono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="201"/>
        <source>Di persona presso gli uffici del gestore, via webcam con un operatore, oppure online con la Carta d&apos;Identità Elettronica, la Carta Nazionale dei Servizi o la firma digitale. Alcune modalità sono gratuite, altre a pagamento: il sito del gestore lo indica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="205"/>
        <source>Nella simulazione non si può richiedere una nuova identità SPID. Per esercitarti usa una persona di prova che ne ha già una (nel menu «Io sono»: i dati sono nel Portafoglio), oppure entra con il PIN INPS o con la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="38"/>
        <location filename="../../ui/widgets/session_timeout.py" line="39"/>
        <location filename="../../ui/widgets/session_timeout.py" line="60"/>
        <source>Sessione in scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="47"/>
        <location filename="../../ui/widgets/session_timeout.py" line="61"/>
        <source>La sessione sta per scadere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="51"/>
        <source>Resta collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="52"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="53"/>
        <source>Entra di nuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="54"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="72"/>
        <location filename="../../ui/widgets/session_timeout.py" line="73"/>
        <source>Sessione scaduta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UtentePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="294"/>
        <source>INPS - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="295"/>
        <source>INPS - Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="300"/>
        <source>Scegli il tuo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="302"/>
        <source>Il profilo «%1» non esiste. Scelga uno dei profili qui sotto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="305"/>
        <source>Scegli il gruppo a cui appartieni: vedrai i servizi pensati per te.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="311"/>
        <source>I servizi per te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="318"/>
        <source>Altri profili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="321"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="334"/>
        <source>Serve l&apos;accesso con PIN, SPID o CNS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SpidInfoPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="130"/>
        <source>SPID · Sistema Pubblico di Identità Digitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="131"/>
        <source>Pagina informativa simulata per Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="137"/>
        <source>Cos&apos;è SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="137"/>
        <source>Richiedi SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="138"/>
        <source>Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="143"/>
        <source>Torna all&apos;accesso INPS con SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="145"/>
        <source>SIMULAZIONE: questa pagina riassume con parole nostre come funziona SPID. I gestori citati nella simulazione sono inventati.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="54"/>
        <source>Menù del Fascicolo previdenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="85"/>
        <source>Sezione aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="120"/>
        <location filename="../../ui/pages/home.py" line="126"/>
        <source>Cerca nel sito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="127"/>
        <source>Scrivi qui per eseguire la ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="132"/>
        <location filename="../../ui/pages/search_engine.py" line="30"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134"/>
        <source>Per esempio: la mia pensione, cedolino, Certificazione Unica, PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="134"/>
        <source>Apri il Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="39"/>
        <source>Menu del PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="47"/>
        <source>%1 (pagina attuale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="25"/>
        <source>Cerca nel web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/search_engine.py" line="26"/>
        <source>Scriva qui che cosa cerca, poi prema Invio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="27"/>
        <source>Suggerimenti di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="100"/>
        <source>Aperta: mostra le sottosezioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="100"/>
        <source>Chiusa: premere per aprire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
