<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="it_IT">
<context>
    <name>InfoPage</name>
    <message>
        <location filename="../../ui/pages/info.py" line="174"/>
        <source>INPS - %1</source>
        <translation>INPS - %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="186"/>
        <source>Torna alla home page</source>
        <translation>Zurück zur Startseite (auf Italienisch)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="152"/>
        <source>C&apos;è un dato da correggere: lo trova scritto in rosso sotto il campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="153"/>
        <source>Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="115"/>
        <source>Aperta: mostra le sottosezioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="115"/>
        <source>Chiusa: premere per aprire</source>
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
        <location filename="../../ui/pages/search_engine.py" line="30"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="27"/>
        <source>Suggerimenti di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinMenuPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="31"/>
        <location filename="../../ui/pages/pin_menu.py" line="38"/>
        <location filename="../../ui/pages/pin_menu.py" line="101"/>
        <source>Il PIN online</source>
        <translation>Der PIN online</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="33"/>
        <location filename="../../ui/pages/pin_menu.py" line="40"/>
        <source>Supporto tecnico</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="94"/>
        <source>INPS - Richiesta PIN</source>
        <translation>INPS - PIN-Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="95"/>
        <source>Prestazioni e Servizi</source>
        <translation>Leistungen und Dienste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="95"/>
        <source>Richiesta PIN On Line</source>
        <translation>Online-Beantragung des PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="102"/>
        <source>Nella simulazione il modulo di richiesta e le pagine che seguono sono solo in italiano.</source>
        <translation>Hinweis: In dieser Simulation sind das Antragsformular und die folgenden Seiten nur auf Italienisch verfügbar. (Nella simulazione le pagine successive sono solo in italiano.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="104"/>
        <source>Consulta come ottenere e gestire il PIN</source>
        <translation>So erhalten und verwalten Sie den PIN (auf Italienisch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="111"/>
        <source>Devi richiedere il PIN?</source>
        <translation>Müssen Sie den PIN beantragen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="113"/>
        <source>RICHIEDI PIN</source>
        <translation>PIN BEANTRAGEN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="117"/>
        <source>Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell&apos;INPS.</source>
        <translation>Der PIN ist der persönliche Code, mit dem Sie die Online-Dienste des INPS nutzen können.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="119"/>
        <source>Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta elettronica certificata; i secondi 8 con posta ordinaria all&apos;indirizzo di residenza.</source>
        <translation>Der anfängliche PIN besteht aus 16 Zeichen. Die ersten 8 erhalten Sie per SMS, E-Mail oder zertifizierter E-Mail (PEC); die zweiten 8 mit gewöhnlicher Post an Ihre Wohnadresse.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="122"/>
        <source>Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.</source>
        <translation>Bei der ersten Verwendung wird der anfängliche PIN mit 16 Zeichen durch einen PIN mit 8 Zeichen ersetzt, den Sie für die weitere Nutzung aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="125"/>
        <source>&lt;b&gt;Attenzione:&lt;/b&gt; dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite credenziali &lt;b&gt;SPID&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Achtung:&lt;/b&gt; Seit dem 15. März 2016 können Sie die Dienste für Bürger auch mit &lt;b&gt;SPID&lt;/b&gt;-Zugangsdaten nutzen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="135"/>
        <source>VUOI IL PIN DISPOSITIVO?</source>
        <translation>MÖCHTEN SIE DEN PIN DISPOSITIVO?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="136"/>
        <source>Il PIN dispositivo serve per chiedere prestazioni e benefici economici: converti il tuo PIN ordinario.</source>
        <translation>Für Anträge auf Leistungen und wirtschaftliche Vergünstigungen wird der PIN dispositivo benötigt: Wandeln Sie Ihren gewöhnlichen PIN um.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="139"/>
        <source>HAI SMARRITO IL PIN?</source>
        <translation>HABEN SIE IHREN PIN VERLOREN?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="140"/>
        <source>Ripristina il PIN con i recapiti che hai indicato nella richiesta, oppure chiedine la revoca.</source>
        <translation>Stellen Sie Ihren PIN mit den bei der Beantragung angegebenen Kontaktdaten wieder her oder beantragen Sie seinen Widerruf.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="145"/>
        <source>PIN ordinario: serve per consultare i dati della propria posizione. PIN dispositivo: serve per richiedere all&apos;Istituto le prestazioni e i benefici economici; si ottiene convertendo il PIN ordinario (online o via fax, con un documento di identità) oppure in una sede INPS.</source>
        <translation>PIN ordinario (gewöhnlicher PIN): zum Einsehen der Daten der eigenen Position. PIN dispositivo: zum Beantragen von Leistungen und wirtschaftlichen Vergünstigungen beim Institut; man erhält ihn durch Umwandlung des gewöhnlichen PIN (online oder per Fax, mit einem Ausweis) oder an einem Sitz des INPS.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="150"/>
        <source>Contact Center</source>
        <translation>Contact Center</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="151"/>
        <source>803 164 (gratuito da rete fissa) oppure 06 164 164 da rete mobile (a pagamento secondo la tariffa del proprio gestore).</source>
        <translation>803 164 (gebührenfrei aus dem Festnetz) oder 06 164 164 aus dem Mobilfunknetz (kostenpflichtig je nach Tarif Ihres Anbieters).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="156"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSupportPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="198"/>
        <source>Torna a «Il PIN online»</source>
        <translation>Zurück zu «Der PIN online»</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="120"/>
        <location filename="../../ui/pages/home.py" line="126"/>
        <source>Cerca nel sito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="127"/>
        <location filename="../../ui/pages/home.py" line="132"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134"/>
        <source>Per esempio: la mia pensione, cedolino, Certificazione Unica, PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="129"/>
        <source>Apri il Telefono</source>
        <translation>Telefon öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="134"/>
        <source>Apri il pannello Chiamate</source>
        <translation>Fenster Anrufe öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="49"/>
        <source>Menu del PIN online</source>
        <translation>Menü des Online-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="58"/>
        <source>%1 (pagina attuale)</source>
        <translation>%1 (aktuelle Seite)</translation>
    </message>
</context>
</TS>
