<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="it_IT">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Lenta</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Veloce</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="52"/>
        <source>Alto contrasto</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="59"/>
        <source>Leggi la pagina ad alta voce</source>
        <translation>Seite vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="67"/>
        <source>Velocità della lettura</source>
        <translation>Lesegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="185"/>
        <source>Collegamento: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="187"/>
        <source>Pulsante: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserTab</name>
    <message>
        <location filename="../../ui/browser/tab.py" line="115"/>
        <source>Contenuto della pagina</source>
        <translation>Inhalt der Seite</translation>
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
        <location filename="../../ui/pages/cns_login.py" line="84"/>
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
        <location filename="../../ui/pages/pin_first_access.py" line="114"/>
        <source>INPS - Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="115"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="115"/>
        <location filename="../../ui/pages/pin_first_access.py" line="118"/>
        <source>Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="121"/>
        <source>È entrato senza PIN (con SPID o CNS): non c&apos;è un PIN INPS da modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="123"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="126"/>
        <source>Scriva il PIN che usa adesso, poi il nuovo PIN due volte. Il nuovo PIN vale 6 mesi (3 mesi per gli intermediari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="129"/>
        <source>PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="129"/>
        <source>Mostra il PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="134"/>
        <source>Salva il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="161"/>
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
        <location filename="../../ui/pages/cns_login.py" line="242"/>
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
        <location filename="../../ui/pages/cns_login.py" line="262"/>
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
        <location filename="../../ui/pages/cns_login.py" line="305"/>
        <source>Hai annullato la scelta del certificato: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="314"/>
        <source>Hai annullato l&apos;inserimento del PIN: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeGate</name>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="53"/>
        <source>Il codice del formatore protegge la console e la chiusura delle postazioni in aula. Ne scelga uno di almeno 6 caratteri, lo scriva due volte e lo conservi: gli allievi non devono conoscerlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="57"/>
        <source>Nuovo codice del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="58"/>
        <source>Ripeta il nuovo codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="62"/>
        <source>Salva il codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="66"/>
        <source>Codice del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="71"/>
        <source>Mostra il codice mentre lo scrivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="16"/>
        <source>INPS - Modifica contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="17"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="17"/>
        <location filename="../../ui/pages/contacts.py" line="20"/>
        <source>Modifica contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="21"/>
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
        <location filename="../../ui/pages/pin_convert.py" line="109"/>
        <source>INPS - Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="110"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="110"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="110"/>
        <location filename="../../ui/pages/pin_convert.py" line="121"/>
        <source>Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="187"/>
        <source>Per convertire il PIN acceda con il suo codice fiscale e il PIN ordinario di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="189"/>
        <location filename="../../ui/pages/pin_convert.py" line="263"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="190"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="192"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="194"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="239"/>
        <source>Lo stato del suo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="244"/>
        <source>Esito previsto entro: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="246"/>
        <location filename="../../ui/pages/pin_convert.py" line="463"/>
        <source>Vai a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="256"/>
        <source>Attenzione: non chiuda questa pagina fino alla fine della procedura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="264"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="265"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="266"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="267"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="268"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="269"/>
        <source>Indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="275"/>
        <source>Confermo che i dati anagrafici e l&apos;indirizzo di residenza sono corretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="278"/>
        <source>Dati anagrafici e indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="290"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="291"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="291"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="295"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="295"/>
        <source>Controlli i recapiti: all&apos;indirizzo e-mail arriverà la conferma del PIN dispositivo. Servono almeno un numero di telefono e un indirizzo e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="299"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="300"/>
        <source>Scelga il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="300"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="301"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="301"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="316"/>
        <source>Documento di identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="316"/>
        <source>Indichi un documento di riconoscimento valido: dovrà allegarne la copia fronte/retro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="318"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="364"/>
        <source>Il modulo di richiesta n. %1 è pronto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="365"/>
        <source>Apri il modulo (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="366"/>
        <source>Salva il modulo sul computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="368"/>
        <source>Cosa fare adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="369"/>
        <source>1. Apra il modulo e lo salvi o lo stampi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="370"/>
        <source>2. Sul foglio stampato scriva la data e firmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="371"/>
        <source>3. Scansioni il foglio firmato insieme alla copia fronte/retro del documento di identità indicato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="374"/>
        <source>In questa simulazione stampante, scanner e fax sono sulla «Scrivania» (menu «Il mio mondo»). Da lì può anche inviare modulo e documento via fax al numero %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="378"/>
        <location filename="../../ui/pages/pin_convert.py" line="423"/>
        <source>Apri la Scrivania (stampante e scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="380"/>
        <source>Avanti: carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="388"/>
        <source>Richiesta PIN dispositivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="399"/>
        <source>Modulo salvato nella cartella «%1» del computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="410"/>
        <source>Carichi il file PDF in cui sono presenti la richiesta da lei firmata e la scansione del suo documento di riconoscimento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="415"/>
        <source>Scegli il file da caricare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="415"/>
        <source>Carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="417"/>
        <source>La cartella Documenti è vuota: prima scansioni il modulo firmato insieme al documento con la «Scrivania».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="421"/>
        <source>Sono accettati file PDF fino a %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="425"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="446"/>
        <source>Il file non è stato accettato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="458"/>
        <source>Richiesta inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="461"/>
        <source>Numero della richiesta: %1. Esito previsto entro: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../ui/docks/_common.py" line="45"/>
        <source>%1 alle %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="217"/>
        <source>NUOVO</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="222"/>
        <source>non letto</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="222"/>
        <source>letto</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="276"/>
        <source>Torna ai messaggi</source>
        <translation>Zurück zu den Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="277"/>
        <location filename="../../ui/docks/lesson.py" line="157"/>
        <location filename="../../ui/docks/letterbox.py" line="134"/>
        <source>Leggi ad alta voce</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="278"/>
        <source>Legge il messaggio aperto con la voce del computer</source>
        <translation>Liest die geöffnete Nachricht mit der Stimme des Computers vor</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="440"/>
        <source>NUOVA</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="42"/>
        <location filename="../../ui/docks/clock.py" line="44"/>
        <location filename="../../ui/docks/clock.py" line="45"/>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <location filename="../../ui/docks/phone.py" line="80"/>
        <location filename="../../ui/docks/phone.py" line="121"/>
        <source>Telefono</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="43"/>
        <source>Risponditore automatico</source>
        <translation>Automatische Ansage</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="44"/>
        <source>Operatore</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="44"/>
        <source>Lei</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="47"/>
        <source>Chiamate</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="69"/>
        <source>Telefonare</source>
        <translation>Telefonieren</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="71"/>
        <location filename="../../ui/docks/desk.py" line="98"/>
        <location filename="../../ui/docks/phone.py" line="122"/>
        <location filename="../../ui/docks/wallet.py" line="122"/>
        <source>Scelga una persona in «Io sono».</source>
        <translation>Wählen Sie eine Person unter «Ich bin».</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="83"/>
        <source>Telefono fisso di casa (%1)</source>
        <translation>Festnetztelefon zu Hause (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="85"/>
        <source>Cellulare (%1)</source>
        <translation>Handy (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="86"/>
        <source>Da quale telefono chiama?</source>
        <translation>Von welchem Telefon rufen Sie an?</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="89"/>
        <source>Contact Center INPS: 803 164, numero verde gratuito da rete fissa; 06 164 164 da rete mobile, a pagamento in base al piano tariffario del gestore telefonico.</source>
        <translation>Contact Center INPS: 803 164, gebührenfrei aus dem Festnetz; 06 164 164 aus dem Mobilfunknetz, kostenpflichtig je nach Tarif Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="92"/>
        <source>Numero da chiamare</source>
        <translation>Anzurufende Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="102"/>
        <source>Chiama</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="110"/>
        <source>Chiamata terminata</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="110"/>
        <source>In chiamata con %1</source>
        <translation>Im Gespräch mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="115"/>
        <source>Conversazione</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="130"/>
        <source>Nuova chiamata</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="138"/>
        <source>Prema un tasto del telefono:</source>
        <translation>Drücken Sie eine Taste des Telefons:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="143"/>
        <source>Sì</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="144"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="146"/>
        <source>La sua risposta</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="147"/>
        <source>Scriva quello che direbbe al telefono.</source>
        <translation>Schreiben Sie, was Sie am Telefon sagen würden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="148"/>
        <source>Se non ce l&apos;ha, scriva «nessuno».</source>
        <translation>Wenn Sie keine haben, schreiben Sie «nessuno» (keine).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="151"/>
        <source>Rispondi</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="153"/>
        <source>Nessuno</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="156"/>
        <source>Riaggancia</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="28"/>
        <source>lunedì</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="28"/>
        <source>martedì</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="28"/>
        <source>mercoledì</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="28"/>
        <source>giovedì</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="29"/>
        <source>venerdì</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="29"/>
        <source>sabato</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="29"/>
        <source>domenica</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>gennaio</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>febbraio</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>marzo</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>maggio</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>giugno</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>luglio</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>ottobre</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>dicembre</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <location filename="../../ui/docks/lesson.py" line="78"/>
        <location filename="../../ui/docks/lesson.py" line="90"/>
        <source>1 ora</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <location filename="../../ui/docks/lesson.py" line="87"/>
        <source>1 giorno</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <source>1 settimana</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>2 settimane</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>6 mesi</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="36"/>
        <source>È passata 1 ora.</source>
        <translation>1 Stunde ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="37"/>
        <source>È passato 1 giorno.</source>
        <translation>1 Tag ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="38"/>
        <source>È passata 1 settimana.</source>
        <translation>1 Woche ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="39"/>
        <source>Sono passate 2 settimane.</source>
        <translation>2 Wochen sind vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="40"/>
        <source>Sono passati 6 mesi.</source>
        <translation>6 Monate sind vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="44"/>
        <location filename="../../ui/docks/clock.py" line="44"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="45"/>
        <source>notifica</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="45"/>
        <source>notifiche</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <source>telefonata</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <source>telefonate</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <location filename="../../ui/docks/mail.py" line="29"/>
        <location filename="../../ui/docks/mail.py" line="78"/>
        <source>Posta elettronica</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <location filename="../../ui/docks/mail.py" line="26"/>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <source>lettera</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <source>lettere</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <location filename="../../ui/docks/letterbox.py" line="27"/>
        <location filename="../../ui/docks/letterbox.py" line="76"/>
        <source>Cassetta postale</source>
        <translation>Briefkasten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="54"/>
        <source>Orologio</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="70"/>
        <source>Il tempo della simulazione passa solo quando preme uno di questi pulsanti.</source>
        <translation>Die Zeit der Simulation vergeht nur, wenn Sie eine dieser Schaltflächen drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="80"/>
        <source>Fa passare %1 nella simulazione</source>
        <translation>Lässt in der Simulation %1 vergehen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="109"/>
        <source>Ora simulata: %1</source>
        <translation>Simulierte Uhrzeit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="110"/>
        <source>Data simulata: %1</source>
        <translation>Simuliertes Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="114"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1, %2. %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="131"/>
        <source>è arrivata</source>
        <translation>ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="131"/>
        <source>è arrivato</source>
        <translation>ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="133"/>
        <source>sono arrivate</source>
        <translation>sind angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="133"/>
        <source>sono arrivati</source>
        <translation>sind angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="134"/>
        <source>Per %1 %2 %3.</source>
        <translation>Für %1 angekommen: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="155"/>
        <source>%1, ore %2</source>
        <translation>%1, %2 Uhr</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="48"/>
        <source>Scrivania</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="95"/>
        <source>La scrivania di %1</source>
        <translation>Der Schreibtisch von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="96"/>
        <source>Stampante e scanner</source>
        <translation>Drucker und Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="105"/>
        <source>Stampante</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="106"/>
        <source>Stampa il modulo scaricato</source>
        <translation>Heruntergeladenes Formular drucken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="107"/>
        <source>Stampa un file PDF</source>
        <translation>Eine PDF-Datei drucken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="110"/>
        <source>Quale file vuole stampare?</source>
        <translation>Welche Datei möchten Sie drucken?</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="110"/>
        <source>Stampa il file scelto</source>
        <translation>Gewählte Datei drucken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="111"/>
        <source>Annulla</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="117"/>
        <source>Fogli sulla scrivania</source>
        <translation>Blätter auf dem Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="121"/>
        <source>Nessun foglio. Stampi il modulo o metta un documento sul vetro dello scanner.</source>
        <translation>Kein Blatt. Drucken Sie das Formular oder legen Sie ein Dokument auf das Glas des Scanners.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="126"/>
        <source>Scelto per scanner e fax</source>
        <translation>Für Scanner und Fax gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="135"/>
        <source>Data e firma</source>
        <translation>Datum und Unterschrift</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="136"/>
        <source>Togli</source>
        <translation>Wegnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="140"/>
        <source>Copia di un documento di identità</source>
        <translation>Kopie eines Ausweisdokuments</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="142"/>
        <source>Documento dal portafoglio</source>
        <translation>Dokument aus der Brieftasche</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="144"/>
        <source>Fronte</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="145"/>
        <source>Retro</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="151"/>
        <source>Metti sul vetro dello scanner</source>
        <translation>Auf das Glas des Scanners legen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="155"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="156"/>
        <source>Formato del file</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="157"/>
        <source>PDF (più pagine in un file)</source>
        <translation>PDF (mehrere Seiten in einer Datei)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="157"/>
        <source>Immagine JPG (un foglio)</source>
        <translation>JPG-Bild (ein Blatt)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="158"/>
        <source>Immagine PNG (un foglio)</source>
        <translation>PNG-Bild (ein Blatt)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="161"/>
        <source>La scansione viene salvata nella cartella «%1» del computer.</source>
        <translation>Der Scan wird im Ordner «%1» des Computers gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="163"/>
        <source>Scansiona i fogli scelti</source>
        <translation>Gewählte Blätter scannen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="166"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="167"/>
        <source>Numero di fax</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="168"/>
        <source>Per la richiesta di PIN dispositivo: %1</source>
        <translation>Für den Antrag auf den PIN dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="171"/>
        <source>Invia via fax i fogli scelti</source>
        <translation>Gewählte Blätter faxen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="190"/>
        <source>Non c&apos;è un modulo da stampare: prima lo scarichi con «Converti PIN».</source>
        <translation>Es gibt kein Formular zum Drucken: Laden Sie es zuerst mit «Converti PIN» herunter.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="197"/>
        <source>Stampato: %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="219"/>
        <source>Stampato: %1 (%2 fogli)</source>
        <translation>Gedruckt: %1 (%2 Blätter)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="227"/>
        <source>Nella cartella Documenti non c&apos;è il file %1.</source>
        <translation>Im Ordner Dokumente gibt es die Datei %1 nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="231"/>
        <source>Ha scritto la data e firmato il foglio.</source>
        <translation>Sie haben das Datum geschrieben und das Blatt unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="234"/>
        <source>Ha firmato il foglio, senza scrivere la data.</source>
        <translation>Sie haben das Blatt unterschrieben, ohne das Datum zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="241"/>
        <source>Foglio non trovato.</source>
        <translation>Blatt nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="266"/>
        <source>Nel portafoglio non c&apos;è questo documento.</source>
        <translation>Dieses Dokument ist nicht in der Brieftasche.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="271"/>
        <source>Il documento è sul vetro dello scanner: %1</source>
        <translation>Das Dokument liegt auf dem Glas des Scanners: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/desk.py" line="296"/>
        <source>Scansione salvata nella cartella «%1»: %2 (%3 fogli).</source>
        <translation>Scan im Ordner «%1» gespeichert: %2 (%3 Blätter).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="87"/>
        <source>Voce del Fascicolo</source>
        <translation>Eintrag der Akte</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="147"/>
        <source>Il Fascicolo previdenziale si vede dopo l&apos;accesso a MyINPS. Entri in MyINPS con le credenziali della persona scelta in «Io sono» e poi apra di nuovo questo pannello.</source>
        <translation>Die Vorsorgeakte (Fascicolo previdenziale) ist nach der Anmeldung bei MyINPS sichtbar. Melden Sie sich bei MyINPS mit den Zugangsdaten der unter «Ich bin» gewählten Person an und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="204"/>
        <source>Fascicolo: Domande presentate</source>
        <translation>Akte: Eingereichte Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="209"/>
        <source>Fascicolo: Posizione assicurativa</source>
        <translation>Akte: Versicherungsstand</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="214"/>
        <source>Fascicolo: Prestazioni</source>
        <translation>Akte: Leistungen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="219"/>
        <source>Fascicolo: Invalidità civile</source>
        <translation>Akte: Zivilinvalidität</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="224"/>
        <source>Fascicolo: Modelli</source>
        <translation>Akte: Vordrucke</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="72"/>
        <source>meno di un minuto</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="74"/>
        <source>1 minuto</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="76"/>
        <source>%1 minuti</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="78"/>
        <location filename="../../ui/docks/lesson.py" line="90"/>
        <source>%1 ore</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="80"/>
        <source>e %1 minuti</source>
        <translation>und %1 Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="87"/>
        <source>%1 giorni</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="109"/>
        <source>Lezione</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="126"/>
        <source>Nessuna lezione in corso.</source>
        <translation>Keine Lektion läuft.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="127"/>
        <source>Scegli una lezione</source>
        <translation>Eine Lektion wählen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="154"/>
        <source>Ho capito</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="155"/>
        <source>Mostra dove</source>
        <translation>Zeigen, wo</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="156"/>
        <source>Suggerimento</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="168"/>
        <source>Ricomincia la lezione</source>
        <translation>Lektion neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="169"/>
        <source>Esci dalla lezione</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="170"/>
        <source>Rimette il mondo simulato com&apos;era all&apos;inizio della lezione e riparte dal passo 1</source>
        <translation>Setzt die simulierte Welt auf den Stand zu Beginn der Lektion zurück und beginnt wieder bei Schritt 1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="171"/>
        <source>Chiude la lezione; potrà riprenderla dal menu Lezioni</source>
        <translation>Schließt die Lektion; Sie können sie über das Menü Lektionen wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="192"/>
        <source>L&apos;attestato porta il suo nome: lo scriva qui sotto.</source>
        <translation>Die Bescheinigung trägt Ihren Namen: Schreiben Sie ihn hier unten.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="193"/>
        <source>Nome e cognome</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="196"/>
        <source>Crea l&apos;attestato</source>
        <translation>Bescheinigung erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="202"/>
        <source>Lezione successiva</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="203"/>
        <source>Attestato (PDF)</source>
        <translation>Bescheinigung (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="204"/>
        <source>Rifai la lezione</source>
        <translation>Lektion wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="205"/>
        <source>Torna all&apos;elenco delle lezioni</source>
        <translation>Zurück zur Liste der Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="206"/>
        <source>Chiudi la lezione</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="257"/>
        <source>Passo %1 di %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="261"/>
        <source>Ora faccia passare %1 con l&apos;Orologio.</source>
        <translation>Lassen Sie jetzt mit der Uhr %1 vergehen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="264"/>
        <source>Verifica: nessun suggerimento. Per superarla può sbagliare al massimo %1 volte.</source>
        <translation>Prüfung: keine Tipps. Um sie zu bestehen, dürfen Sie höchstens %1 Fehler machen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="266"/>
        <source>Verifica: nessun suggerimento. Per superarla può sbagliare al massimo una volta.</source>
        <translation>Prüfung: keine Tipps. Um sie zu bestehen, dürfen Sie höchstens einen Fehler machen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="277"/>
        <source>Se vuole, prema «Mostra dove»: le indico io dove fare clic.</source>
        <translation>Wenn Sie möchten, drücken Sie «Zeigen, wo»: Ich zeige Ihnen, wo Sie klicken müssen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="282"/>
        <source>Bene! Ecco il passo successivo.</source>
        <translation>Gut! Hier ist der nächste Schritt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="285"/>
        <source>Suggerimento: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="310"/>
        <source>La verifica «%1» è terminata.</source>
        <translation>Die Prüfung «%1» ist beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="312"/>
        <source>Complimenti! Ha completato la lezione «%1».</source>
        <translation>Glückwunsch! Sie haben die Lektion «%1» abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="315"/>
        <source>Verifica superata: %1 (ne erano ammessi al massimo %2).</source>
        <translation>Prüfung bestanden: %1 (erlaubt waren höchstens %2).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="319"/>
        <source>Verifica non superata: %1, ne erano ammessi al massimo %2. Non si scoraggi: può rifarla quando vuole, anche in Allenamento.</source>
        <translation>Prüfung nicht bestanden: %1, erlaubt waren höchstens %2. Lassen Sie sich nicht entmutigen: Sie können sie jederzeit wiederholen, auch im Training.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="324"/>
        <source>Che cosa ha fatto:</source>
        <translation>Was Sie getan haben:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="327"/>
        <source>Tempo impiegato: %1</source>
        <translation>Benötigte Zeit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="330"/>
        <source>Nel mondo simulato sono passati: %1</source>
        <translation>In der simulierten Welt sind vergangen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="332"/>
        <source>Suggerimenti usati: %1</source>
        <translation>Verwendete Tipps: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="333"/>
        <source>Errori: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="344"/>
        <source>nessun errore</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="345"/>
        <source>1 errore</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="345"/>
        <source>%1 errori</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="363"/>
        <source>Non vedo ancora dove fare clic in questa schermata. Legga di nuovo il passo qui sopra, oppure prema «Suggerimento».</source>
        <translation>Ich sehe auf diesem Bildschirm noch nicht, wo Sie klicken sollen. Lesen Sie den Schritt oben noch einmal oder drücken Sie «Tipp».</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="431"/>
        <source>L&apos;attestato è aperto nel visore dei documenti: da lì può salvarlo o stamparlo.</source>
        <translation>Die Bescheinigung ist im Dokumentbetrachter geöffnet: Dort können Sie sie speichern oder drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="45"/>
        <source>La cassetta è vuota. Qui arrivano le lettere: per esempio la seconda parte del PIN, che l&apos;INPS spedisce per posta.</source>
        <translation>Der Briefkasten ist leer. Hier kommen die Briefe an: zum Beispiel der zweite Teil des PIN, den das INPS per Post schickt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="75"/>
        <source>La cassetta delle lettere di %1</source>
        <translation>Der Briefkasten von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="77"/>
        <location filename="../../ui/docks/mail.py" line="98"/>
        <source>Indirizzo: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="93"/>
        <source>dell&apos;INPS</source>
        <translation>des INPS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="93"/>
        <source>da %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="94"/>
        <source>Una lettera %1 è in viaggio: arriverà intorno al %2.</source>
        <translation>Ein Brief %1 ist unterwegs: Er kommt um den %2 an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="101"/>
        <source>Per riceverla, faccia avanzare il tempo con l&apos;Orologio (per esempio «2 settimane»).</source>
        <translation>Um ihn zu erhalten, lassen Sie mit der Uhr die Zeit vergehen (zum Beispiel «2 Wochen»).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="118"/>
        <location filename="../../ui/docks/letterbox.py" line="158"/>
        <source>Lettera da: %1</source>
        <translation>Brief von: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="123"/>
        <location filename="../../ui/docks/letterbox.py" line="159"/>
        <source>Arrivata il %1</source>
        <translation>Angekommen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="130"/>
        <source>Apri la lettera</source>
        <translation>Brief öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="130"/>
        <source>Segna come letta</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="135"/>
        <source>Legge la lettera con la voce del computer</source>
        <translation>Liest den Brief mit der Stimme des Computers vor</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="200"/>
        <source>Questa lettera è vuota.</source>
        <translation>Dieser Brief ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="203"/>
        <source>Lettera</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="26"/>
        <source>Posta in arrivo</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="54"/>
        <source>Messaggi di posta</source>
        <translation>E-Mail-Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="77"/>
        <source>La posta di %1</source>
        <translation>Die E-Mails von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="94"/>
        <source>Casella PEC: %1</source>
        <translation>PEC-Postfach: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="94"/>
        <source>Questa persona non ha una casella PEC (posta elettronica certificata).</source>
        <translation>Diese Person hat kein PEC-Postfach (zertifizierte E-Mail).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="96"/>
        <source>Nessun messaggio PEC.</source>
        <translation>Keine PEC-Nachricht.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="98"/>
        <source>Questa persona non ha comunicato un indirizzo e-mail.</source>
        <translation>Diese Person hat keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="100"/>
        <source>Nessun messaggio di posta. Qui arrivano le e-mail, per esempio la prima parte del PIN.</source>
        <translation>Keine E-Mail. Hier kommen die E-Mails an, zum Beispiel der erste Teil des PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="121"/>
        <source>con allegato</source>
        <translation>mit Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="126"/>
        <source>Posta elettronica certificata (PEC)</source>
        <translation>Zertifizierte E-Mail (PEC)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="127"/>
        <source>Da: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="129"/>
        <source>A: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="130"/>
        <source>Ricevuta il %1</source>
        <translation>Empfangen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="132"/>
        <source>(senza oggetto)</source>
        <translation>(ohne Betreff)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="135"/>
        <source>Allegato: %1 (PDF)</source>
        <translation>Anhang: %1 (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="136"/>
        <source>Apri l&apos;allegato</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="160"/>
        <source>L&apos;allegato è vuoto: non si può aprire.</source>
        <translation>Der Anhang ist leer: Er kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="37"/>
        <source>Scheda personale</source>
        <translation>Personenkarte</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="44"/>
        <source>Codice fiscale:</source>
        <translation>Steuernummer:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="48"/>
        <source>Scelga una persona in «Io sono», in alto.</source>
        <translation>Wählen Sie oben unter «Ich bin» eine Person.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="49"/>
        <location filename="../../ui/docks/person.py" line="169"/>
        <source>Mostra tutti i dati</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="56"/>
        <source>Stampa scheda (PDF)</source>
        <translation>Karte drucken (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="57"/>
        <source>Tutte le schede (PDF)</source>
        <translation>Alle Karten (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="58"/>
        <source>Le schede di tutte le persone di prova, per il formatore</source>
        <translation>Die Karten aller Testpersonen, für den Kursleiter</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="83"/>
        <source>Nessuna persona scelta</source>
        <translation>Keine Person gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="86"/>
        <source>Codice fiscale: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="125"/>
        <source>Dati anagrafici</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="126"/>
        <source>Nascita</source>
        <translation>Geburt</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="127"/>
        <source>Residenza</source>
        <translation>Wohnsitz</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="128"/>
        <source>Recapiti</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="133"/>
        <source>Nessun recapito comunicato all&apos;INPS.</source>
        <translation>Dem INPS wurden keine Kontaktdaten mitgeteilt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="134"/>
        <source>Tessera sanitaria e documenti</source>
        <translation>Gesundheitskarte und Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="135"/>
        <source>Tessera sanitaria</source>
        <translation>Gesundheitskarte</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="140"/>
        <source>Credenziali per esercitarsi</source>
        <translation>Zugangsdaten zum Üben</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="142"/>
        <source>Nessuna credenziale: con questa persona si impara a chiedere il PIN.</source>
        <translation>Keine Zugangsdaten: Mit dieser Person lernt man, den PIN zu beantragen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="169"/>
        <source>Nascondi i dati</source>
        <translation>Daten ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="203"/>
        <source>Scheda personale - %1</source>
        <translation>Personenkarte - %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="208"/>
        <source>Schede delle persone di prova</source>
        <translation>Karten der Testpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="94"/>
        <source>Nessun messaggio sul telefono. Qui arrivano gli SMS dell&apos;INPS, le notifiche delle app e le telefonate.</source>
        <translation>Keine Nachricht auf dem Telefon. Hier kommen die SMS des INPS, die Benachrichtigungen der Apps und die Anrufe an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="98"/>
        <source>Prema su un messaggio per leggerlo.</source>
        <translation>Drücken Sie auf eine Nachricht, um sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="99"/>
        <source>Messaggi del telefono</source>
        <translation>Nachrichten des Telefons</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="116"/>
        <source>Il cellulare di %1</source>
        <translation>Das Handy von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="118"/>
        <source>Numero: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="118"/>
        <source>Questa persona non ha comunicato un numero di cellulare.</source>
        <translation>Diese Person hat keine Handynummer angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="147"/>
        <location filename="../../ui/docks/phone.py" line="156"/>
        <source>Telefonata da %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="149"/>
        <source>Notifica: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="151"/>
        <location filename="../../ui/docks/phone.py" line="159"/>
        <source>SMS da %1</source>
        <translation>SMS von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="158"/>
        <source>Notifica dell&apos;app %1</source>
        <translation>Benachrichtigung der App %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="162"/>
        <source>Ricevuto il %1</source>
        <translation>Empfangen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="165"/>
        <source>Telefonata ricevuta il %1. Ecco cosa le hanno detto:</source>
        <translation>Anruf erhalten am %1. Das wurde Ihnen gesagt:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="185"/>
        <source>Questa notifica non si può usare nella simulazione.</source>
        <translation>Diese Benachrichtigung kann in der Simulation nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/sede.py" line="19"/>
        <source>Sede INPS</source>
        <translation>INPS-Sitz</translation>
    </message>
    <message>
        <location filename="../../ui/docks/sede.py" line="26"/>
        <source>In sede il PIN si ottiene subito di tipo dispositivo: si compila il modello MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede» e lo si consegna con un documento di identità valido; l&apos;operatore verifica l&apos;identità e consegna il PIN in busta chiusa.</source>
        <translation>Am Sitz erhält man den PIN sofort als PIN dispositivo: Man füllt den Vordruck MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede» aus und gibt ihn mit einem gültigen Ausweis ab; der Mitarbeiter prüft die Identität und übergibt den PIN in einem verschlossenen Umschlag.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/sede.py" line="30"/>
        <source>Vai allo sportello</source>
        <translation>Zum Schalter gehen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/sede.py" line="31"/>
        <source>Per chi si forma come operatore (CAF, patronati):</source>
        <translation>Für alle, die sich als Schaltermitarbeiter ausbilden (CAF, Patronate):</translation>
    </message>
    <message>
        <location filename="../../ui/docks/sede.py" line="32"/>
        <source>Lavora allo sportello come operatore</source>
        <translation>Als Mitarbeiter am Schalter arbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="99"/>
        <location filename="../../ui/docks/wallet.py" line="120"/>
        <source>Portafoglio</source>
        <translation>Brieftasche</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="119"/>
        <source>Il portafoglio di %1</source>
        <translation>Die Brieftasche von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="134"/>
        <source>Lettore di smart card</source>
        <translation>Chipkartenleser</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="138"/>
        <source>Scollega il lettore</source>
        <translation>Lesegerät trennen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="140"/>
        <source>Collega il lettore</source>
        <translation>Lesegerät anschließen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="143"/>
        <source>Il lettore è collegato al computer e i driver sono installati.</source>
        <translation>Das Lesegerät ist mit dem Computer verbunden und die Treiber sind installiert.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="144"/>
        <source>Il lettore non è collegato al computer.</source>
        <translation>Das Lesegerät ist nicht mit dem Computer verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="146"/>
        <source>Nel lettore non c&apos;è nessuna carta.</source>
        <translation>Im Lesegerät steckt keine Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="148"/>
        <source>Nel lettore c&apos;è la tessera di %1.</source>
        <translation>Im Lesegerät steckt die Karte von %1.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="152"/>
        <source>Tessera Sanitaria - Carta Nazionale dei Servizi</source>
        <translation>Gesundheitskarte - Carta Nazionale dei Servizi</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="154"/>
        <source>Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare usi il PIN o SPID.</source>
        <translation>Diese Person hat keine als CNS aktivierte Gesundheitskarte: Melden Sie sich mit dem PIN oder mit SPID an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="158"/>
        <source>TESSERA SANITARIA</source>
        <translation>TESSERA SANITARIA</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="159"/>
        <source>Carta Nazionale dei Servizi</source>
        <translation>Carta Nazionale dei Servizi</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="161"/>
        <source>Carta bloccata in modo definitivo: serve una tessera nuova.</source>
        <translation>Karte endgültig gesperrt: Es wird eine neue Karte benötigt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="163"/>
        <source>Carta bloccata: PIN sbagliato 3 volte. Si sblocca con il PUK.</source>
        <translation>Karte gesperrt: PIN dreimal falsch eingegeben. Sie wird mit dem PUK entsperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="165"/>
        <source>La carta è nel lettore.</source>
        <translation>Die Karte steckt im Lesegerät.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="167"/>
        <source>La carta è nel portafoglio.</source>
        <translation>Die Karte ist in der Brieftasche.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="171"/>
        <source>Togli dal lettore</source>
        <translation>Aus dem Lesegerät nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="173"/>
        <source>Inserisci nel lettore</source>
        <translation>In das Lesegerät stecken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="178"/>
        <source>Busta della carta: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).</source>
        <translation>Umschlag der Karte: PIN %1 · PUK %2 (wenn Sie schon einen neuen PIN gewählt haben, gilt der neue).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="181"/>
        <source>Nascondi PIN e PUK</source>
        <translation>PIN und PUK ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="184"/>
        <source>Mostra PIN e PUK</source>
        <translation>PIN und PUK anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="186"/>
        <source>Sblocca con il PUK</source>
        <translation>Mit dem PUK entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="188"/>
        <source>Nel lettore c&apos;è la tessera di un&apos;altra persona: toglila prima di inserire questa.</source>
        <translation>Im Lesegerät steckt die Karte einer anderen Person: Nehmen Sie sie heraus, bevor Sie diese einstecken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="192"/>
        <source>Identità SPID</source>
        <translation>SPID-Identität</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="194"/>
        <source>Questa persona non ha un&apos;identità SPID.</source>
        <translation>Diese Person hat keine SPID-Identität.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="198"/>
        <source>notifica nell&apos;app %1 oppure SMS</source>
        <translation>Benachrichtigung in der App %1 oder SMS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="199"/>
        <source>codice via SMS al cellulare</source>
        <translation>Code per SMS an das Handy</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="201"/>
        <source>Gestore: %1 (livello %2)</source>
        <translation>Anbieter: %1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="202"/>
        <source>Nome utente: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="203"/>
        <source>Stato: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="204"/>
        <source>Secondo passaggio: %1</source>
        <translation>Zweiter Schritt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="210"/>
        <source>Password: %1 (se l&apos;hai cambiata, vale quella nuova).</source>
        <translation>Passwort: %1 (wenn Sie es geändert haben, gilt das neue).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="212"/>
        <source>Nascondi password</source>
        <translation>Passwort ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="215"/>
        <source>Mostra password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>DomandePage</name>
    <message>
        <location filename="../../ui/pages/domande.py" line="144"/>
        <source>INPS - Domande online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="145"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="145"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="145"/>
        <location filename="../../ui/pages/domande.py" line="198"/>
        <location filename="../../ui/pages/domande.py" line="369"/>
        <source>Domande online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="199"/>
        <source>Da qui presenta le domande all&apos;INPS e ne segue lo stato di avanzamento. Per presentare una domanda serve il PIN dispositivo, oppure SPID di livello 2 o la Carta Nazionale dei Servizi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="203"/>
        <source>Lei è entrato con %1: può consultare le sue domande, ma per presentarne di nuove serve il PIN dispositivo, SPID di livello 2 o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="206"/>
        <source>Presenta una domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="224"/>
        <source>Il 730 precompilato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="225"/>
        <source>La dichiarazione dei redditi precompilata si fa sul sito dell&apos;Agenzia delle Entrate, non all&apos;INPS. Dall&apos;INPS le serve la Certificazione Unica: vediamo dove si trova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="227"/>
        <source>Dove si fa il 730 e dove trovare la Certificazione Unica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="229"/>
        <location filename="../../ui/pages/domande.py" line="299"/>
        <location filename="../../ui/pages/domande.py" line="343"/>
        <location filename="../../ui/pages/domande.py" line="371"/>
        <location filename="../../ui/pages/domande.py" line="589"/>
        <source>Le mie domande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="233"/>
        <source>Non risultano domande presentate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="238"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="239"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="249"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="254"/>
        <source>Protocollo %1 del %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="259"/>
        <location filename="../../ui/pages/domande.py" line="324"/>
        <source>esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="260"/>
        <source>Prossimo passaggio: %1, previsto entro il %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="262"/>
        <source>Dettaglio della domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="273"/>
        <source>Ricevuta %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="276"/>
        <source>Esito %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="296"/>
        <source>Domanda non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="298"/>
        <source>La domanda richiesta non risulta tra le sue domande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="303"/>
        <source>Protocollo %1, presentata il %2 alle %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="310"/>
        <source>Stato di avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="315"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="315"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="315"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="325"/>
        <source>Prossimo passaggio: %1, previsto entro il %2. Per vederlo, faccia passare il tempo con l&apos;Orologio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="329"/>
        <source>La lettera con l&apos;esito è spedita per posta all&apos;indirizzo di residenza (arriva nella Cassetta postale in circa 14 giorni).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="332"/>
        <source>Che cosa è stato riconosciuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="335"/>
        <source>Dati indicati nella domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="364"/>
        <source>Serve il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="382"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="383"/>
        <source>Torna al passo precedente della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="384"/>
        <location filename="../../ui/pages/domande.py" line="422"/>
        <location filename="../../ui/pages/domande.py" line="526"/>
        <source>Aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="385"/>
        <location filename="../../ui/pages/domande.py" line="423"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="417"/>
        <source>Passo %1 di %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="423"/>
        <source>Invia domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="431"/>
        <source>Controlli i dati: se qualcosa non va prema «Indietro» per correggerlo. Nulla è stato ancora inviato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="465"/>
        <source>(facoltativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="483"/>
        <source>Scelga una voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="526"/>
        <source>Chiudi aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="554"/>
        <source>Alcuni dati dei passi precedenti non sono corretti: prema «Indietro» per correggerli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="573"/>
        <source>Domanda inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="574"/>
        <source>La sua domanda «%1» è stata acquisita il %2 alle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="579"/>
        <source>Numero di protocollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="581"/>
        <source>Numero di protocollo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="583"/>
        <source>Conservi il numero di protocollo: identifica la domanda. La ricevuta è anche nella sua casella di posta elettronica, se ne ha indicata una. Lo stato di avanzamento si vede in «Le mie domande»; l&apos;esito arriverà per posta all&apos;indirizzo di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="587"/>
        <source>Apri la ricevuta (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="590"/>
        <source>Dettaglio della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="596"/>
        <source>Ricevuta domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../../ui/pages/system.py" line="38"/>
        <source>Errore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="41"/>
        <source>Si è verificato un problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="42"/>
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
        <location filename="../../ui/pages/search_engine.py" line="127"/>
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
    <name>Fascicolo</name>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="191"/>
        <source>Protocollo: %1 · presentata il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="193"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="196"/>
        <source>Stato di avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="198"/>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="202"/>
        <source>La domanda è ancora in lavorazione: l&apos;esito comparirà qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="204"/>
        <source>Che cosa è stato riconosciuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="207"/>
        <source>Apri il PDF della domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="210"/>
        <source>Il PDF sarà disponibile quando la domanda sarà accolta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="212"/>
        <source>Apri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="232"/>
        <source>Protocollo: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="239"/>
        <source>Apri la lettera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="251"/>
        <source>Situazione aggiornata al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="252"/>
        <source>Contributi utili per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="252"/>
        <source>%1 settimane (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="254"/>
        <source>Contributi utili per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="254"/>
        <source>%1 settimane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="255"/>
        <source>Totale retribuzioni / redditi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <source>Totale contributi accreditati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="261"/>
        <source>Apri l&apos;estratto conto in PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="262"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="262"/>
        <source>Tipo di
contribuzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="263"/>
        <source>Committente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="263"/>
        <source>Datore di lavoro /
Fondo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="264"/>
        <source>Settimane
per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="264"/>
        <source>Settimane
per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="264"/>
        <source>Retribuzione /
Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="266"/>
        <source>Contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="267"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="270"/>
        <source>dal %1
al %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="276"/>
        <source>Totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="276"/>
        <source>%1 periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="283"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="284"/>
        <source>Periodi contributivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="286"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="291"/>
        <source>Totali per anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="289"/>
        <source>Totale generale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="291"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="346"/>
        <source>Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="291"/>
        <source>Periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="291"/>
        <source>Settimane per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="292"/>
        <source>Settimane per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="292"/>
        <source>Retribuzione / Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="294"/>
        <source>Settimane per il diritto: contano per raggiungere il requisito della pensione. Per il calcolo: contano per l&apos;importo (un anno di part-time al 50% vale 52 settimane per il diritto e 26 per il calcolo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="304"/>
        <source>Categoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="305"/>
        <source>Numero di certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="306"/>
        <source>Fondo / gestione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="307"/>
        <source>Sede INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="307"/>
        <source>Sede di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="308"/>
        <source>Decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="309"/>
        <source>Importo mensile lordo alla decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="310"/>
        <source>Importo mensile lordo attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="311"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="315"/>
        <source>Ultimo pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="315"/>
        <source>%1 il %2, netto %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="317"/>
        <source>Pensione: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="321"/>
        <source>Vedi i pagamenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="323"/>
        <source>Certificato di pensione ObisM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="335"/>
        <source>Totale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="365"/>
        <source>Nel %1 l&apos;INPS ha pagato %2 lordi; trattenute %3; netto %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="368"/>
        <source>Pagamenti del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="374"/>
        <source>Le addizionali regionale e comunale si trattengono da gennaio a novembre; a dicembre si paga anche la tredicesima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="384"/>
        <source>Numero del certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="385"/>
        <source>Medico certificatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="386"/>
        <source>Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="387"/>
        <source>Diagnosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="388"/>
        <source>Domanda collegata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="388"/>
        <source>nessuna: la domanda va presentata entro 90 giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="390"/>
        <source>Certificato medico introduttivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="401"/>
        <source>Apri %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="421"/>
        <source>Apri il cedolino di %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="426"/>
        <source>netto pagato %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="428"/>
        <source>(con la tredicesima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="472"/>
        <source>la Certificazione Unica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="474"/>
        <source>il certificato ObisM %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FascicoloPage</name>
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
        <location filename="../../ui/pages/fascicolo.py" line="139"/>
        <location filename="../../ui/pages/fascicolo.py" line="140"/>
        <location filename="../../ui/pages/fascicolo.py" line="159"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="140"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="140"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="161"/>
        <source>Per vedere il Fascicolo entri in MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="165"/>
        <source>Cassetto previdenziale del cittadino di %1 - codice fiscale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="168"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="178"/>
        <source>Menù</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="179"/>
        <source>Prema un titolo per aprire le sue voci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="203"/>
        <source>Vuole tenere questa sezione sotto gli occhi mentre ne apre un&apos;altra? La apra in un pannello a lato: i pannelli si possono affiancare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="205"/>
        <source>Apri in un pannello a lato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="210"/>
        <source>Le sezioni del Fascicolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="211"/>
        <source>Nel menù a sinistra trova le sezioni del Fascicolo. Premendo sul titolo di una sezione si aprono le sue voci; premendo su una voce se ne legge il contenuto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../ui/widgets/file_chooser.py" line="47"/>
        <source>La cartella Documenti è vuota. Qui finiscono i file che salva: le scansioni della Scrivania e i moduli scaricati.</source>
        <translation>Der Ordner Dokumente ist leer. Hier landen die Dateien, die Sie speichern: die Scans vom Schreibtisch und die heruntergeladenen Formulare.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_chooser.py" line="60"/>
        <source>File nella cartella Documenti</source>
        <translation>Dateien im Ordner Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_chooser.py" line="90"/>
        <source>Cartella: %1 (%2 file)</source>
        <translation>Ordner: %1 (%2 Dateien)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_chooser.py" line="134"/>
        <source>Scelga un file dall&apos;elenco: faccia clic sul suo nome.</source>
        <translation>Wählen Sie eine Datei aus der Liste: Klicken Sie auf ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_chooser.py" line="135"/>
        <source>Scelga il file dall&apos;elenco: faccia clic sul suo nome, poi prema di nuovo il pulsante.</source>
        <translation>Wählen Sie die Datei aus der Liste: Klicken Sie auf ihren Namen und drücken Sie dann erneut die Schaltfläche.</translation>
    </message>
</context>
<context>
    <name>FirstAccessPage</name>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="27"/>
        <source>INPS - Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="28"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="28"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="28"/>
        <location filename="../../ui/pages/pin_first_access.py" line="39"/>
        <location filename="../../ui/pages/pin_first_access.py" line="55"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="40"/>
        <source>Per scegliere un nuovo PIN entri prima con il codice fiscale e il PIN che ha ricevuto: il sistema la porterà qui da solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="43"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="57"/>
        <source>Il suo PIN è scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="60"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="68"/>
        <source>Scelga il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="69"/>
        <source>Codice fiscale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="74"/>
        <source>Conferma il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="75"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="146"/>
        <source>INPS - Home Page</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../ui/pages/home.py" line="203"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="285"/>
        <location filename="../../ui/pages/spid_idp.py" line="289"/>
        <source>Autorizzi l&apos;invio dei dati?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="290"/>
        <source>Per accedere al servizio richiesto è necessario l&apos;utilizzo dei seguenti attributi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="311"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="376"/>
        <source>Errore</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../ui/pages/spid_idp.py" line="72"/>
        <location filename="../../ui/pages/spid_idp.py" line="76"/>
        <source>Entra con SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="77"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="143"/>
        <location filename="../../ui/pages/spid_idp.py" line="195"/>
        <source>Codice temporaneo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="163"/>
        <source>Come vuoi ricevere il codice temporaneo (otp)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="164"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="196"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="211"/>
        <source>Nessun codice valido in questo momento: premi «Invia di nuovo» per riceverne uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="233"/>
        <source>Ti abbiamo inviato un nuovo codice: usa quello dell&apos;SMS più recente (il precedente non vale più).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="240"/>
        <source>Approva l&apos;accesso con l&apos;app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="241"/>
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
        <location filename="../../ui/pages/spid_common.py" line="169"/>
        <source>SPID</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../ui/pages/spid_common.py" line="223"/>
        <source>SPID, il Sistema Pubblico di Identità Digitale, permette di entrare nei servizi online della Pubblica Amministrazione con un&apos;unica identità digitale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="226"/>
        <source>SIMULAZIONE: %1 è un gestore inventato per Palestra INPS. Non scrivere mai qui le tue vere credenziali SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="232"/>
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
        <location filename="../../ui/pages/spid_common.py" line="251"/>
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
        <location filename="../../ui/pages/spid_common.py" line="258"/>
        <source>L&apos;accesso è andato avanti (o si è concluso) e questa pagina non si può più usare. Premi «Continua» per tornare al punto giusto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpRecoveryPage</name>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="408"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="428"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="439"/>
        <source>Se la tua identità è sospesa o revocata, o non hai più quel cellulare, chiama l&apos;assistenza di %1 al numero %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="457"/>
        <source>Passo 2 di 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_idp.py" line="458"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="349"/>
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
        <location filename="../../ui/pages/spid_idp.py" line="354"/>
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
        <location filename="../../ui/pages/pin_menu.py" line="180"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="183"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerNamePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="235"/>
        <source>Il suo nome - Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="239"/>
        <source>Il suo nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="240"/>
        <source>Il nome di chi si esercita: compare sull&apos;attestato quando supera una verifica. Non è il nome della persona di prova che impersona nel portale (quella si sceglie in «Io sono»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="249"/>
        <source>Torna all&apos;elenco delle lezioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="252"/>
        <source>Fatto: ora si esercita come %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../../ui/pages/learners.py" line="29"/>
        <source>Chi si esercita? - Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="39"/>
        <location filename="../../ui/pages/learners.py" line="70"/>
        <source>Chi si esercita?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="40"/>
        <source>Questo mondo simulato non appartiene a un&apos;aula: qui si esercita una sola persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="59"/>
        <source>Prima di iniziare: il codice del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="60"/>
        <source>Questa postazione è in modalità aula. Il formatore sceglie ora il suo codice: servirà per chiudere il programma e per aprire la console del formatore. Almeno 6 caratteri, da scrivere due volte. Poi gli allievi potranno scegliere il loro nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="71"/>
        <source>Scelga il suo nome. Ogni allievo ha il suo mondo simulato: ritrova tutto come l&apos;aveva lasciato, e nessun altro lo può cambiare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="85"/>
        <source>La classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="92"/>
        <source>%1 (ora qui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="100"/>
        <source>Nella classe non c&apos;è ancora nessuno: scriva qui sotto il suo nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="102"/>
        <source>Codice dell&apos;allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="103"/>
        <source>Il codice breve che le ha dato il formatore, per esempio K7MR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="105"/>
        <source>Il suo nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="106"/>
        <source>Nome e cognome, o come la chiama il formatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="108"/>
        <source>Aggiungi il mio nome e inizia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="110"/>
        <source>Ha un codice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="111"/>
        <source>Entra con il codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="112"/>
        <source>È la prima volta?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="115"/>
        <source>Torna al motore di ricerca senza cambiare allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="144"/>
        <source>Scriva il codice che le ha dato il formatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="152"/>
        <source>Nessun allievo ha il codice «%1». Controlli le lettere e le cifre, oppure scelga il suo nome nell&apos;elenco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="170"/>
        <source>Nella classe c&apos;è già «%1»: se è lei, prema il suo nome nell&apos;elenco qui sopra. Se è un&apos;altra persona con lo stesso nome, prema di nuovo «Aggiungi il mio nome e inizia».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/pages/login.py" line="36"/>
        <source>INPS - Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="37"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="37"/>
        <location filename="../../ui/pages/login.py" line="40"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="41"/>
        <source>SIMULAZIONE: questa è una pagina di prova di Palestra INPS. Usi solo i dati delle persone di fantasia (li trova nella «Scheda personale»). Non scriva mai qui il suo vero codice fiscale, PIN o password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="66"/>
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
        <location filename="../../ui/pages/logout.py" line="16"/>
        <source>INPS - Uscita effettuata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="17"/>
        <source>Uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="29"/>
        <location filename="../../ui/pages/logout.py" line="34"/>
        <source>Uscita effettuata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="30"/>
        <source>%1, sei uscito da MyINPS. Per entrare di nuovo servono ancora il codice fiscale e il PIN, SPID o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="35"/>
        <source>Non c&apos;è nessun accesso aperto a MyINPS in questa finestra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/logout.py" line="36"/>
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
        <location filename="../../ui/pages/pin_lost.py" line="23"/>
        <source>INPS - Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="24"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="24"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="24"/>
        <location filename="../../ui/pages/pin_lost.py" line="43"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="44"/>
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
        <location filename="../../ui/pages/pin_lost.py" line="50"/>
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
        <location filename="../../ui/pages/pin_lost.py" line="58"/>
        <source>Se non ha più a disposizione l&apos;e-mail, il cellulare o la PEC, oppure se non ha mai usato il PIN. Servono il numero e la data di scadenza della tessera sanitaria. Dopo la revoca potrà richiedere un nuovo PIN: la prima parte arriva subito, la seconda per posta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="64"/>
        <source>Può anche chiamare il Contact Center: 803 164 (gratuito da rete fissa) oppure 06 164 164 (da rete mobile, a pagamento secondo il suo piano tariffario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="67"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="73"/>
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
        <location filename="../../ui/pages/pin_lost.py" line="110"/>
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
        <location filename="../../ui/browser/window.py" line="110"/>
        <source>Palestra INPS - simulazione del portale INPS</source>
        <translation>Palestra INPS - Simulation des INPS-Portals</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="175"/>
        <source>Indietro</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="176"/>
        <source>Avanti</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="177"/>
        <source>Ricarica</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="178"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="179"/>
        <location filename="../../ui/browser/window.py" line="269"/>
        <location filename="../../ui/browser/window.py" line="444"/>
        <source>Nuova scheda</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="180"/>
        <source>Chiudi scheda</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="181"/>
        <source>Ingrandisci</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="182"/>
        <source>Riduci</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="183"/>
        <source>Dimensione normale</source>
        <translation>Normale Größe</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="184"/>
        <source>Vai alla barra degli indirizzi</source>
        <translation>Zur Adressleiste</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="185"/>
        <location filename="../../ui/browser/window.py" line="646"/>
        <source>Ricomincia da capo</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="186"/>
        <source>Esci dal programma</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="187"/>
        <source>Caratteri grandi</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="192"/>
        <source>Navigazione</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="201"/>
        <source>Indirizzo</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="202"/>
        <source>Scriva un indirizzo o una ricerca e prema Invio</source>
        <translation>Geben Sie eine Adresse oder einen Suchbegriff ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="205"/>
        <location filename="../../ui/browser/window.py" line="206"/>
        <source>Cancella l&apos;indirizzo</source>
        <translation>Adresse löschen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="214"/>
        <source>Zoom della pagina: premere per tornare alla dimensione normale</source>
        <translation>Zoom der Seite: drücken, um zur normalen Größe zurückzukehren</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="215"/>
        <source>Torna alla dimensione normale (Ctrl+0)</source>
        <translation>Zurück zur normalen Größe (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="221"/>
        <source>Io sono:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="225"/>
        <source>Io sono</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="231"/>
        <location filename="../../ui/browser/window.py" line="232"/>
        <source>Altri comandi</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="240"/>
        <source>SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell&apos;INPS. Persone e codici sono di fantasia: non scriva mai credenziali vere.</source>
        <translation>SIMULATION - Palestra INPS: ein Übungsportal, nicht die Website des INPS. Personen und Codes sind erfunden: Geben Sie niemals echte Zugangsdaten ein.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="256"/>
        <location filename="../../ui/browser/window.py" line="257"/>
        <source>Chiudi l&apos;avviso</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="270"/>
        <source>Nuova scheda (Ctrl+T)</source>
        <translation>Neuer Tab (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="274"/>
        <source>Preparazione del mondo simulato…</source>
        <translation>Die simulierte Welt wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="282"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="285"/>
        <source>&amp;Visualizza</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="292"/>
        <source>&amp;Il mio mondo</source>
        <translation>&amp;Meine Welt</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="293"/>
        <source>&amp;Simulazione</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="296"/>
        <source>Cambia allievo</source>
        <translation>Lernenden wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="298"/>
        <source>Console del formatore</source>
        <translation>Konsole des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="605"/>
        <source>Il formatore le ha assegnato la lezione «%1» (%2): la trova nel menu Lezioni, alla voce Elenco delle lezioni.</source>
        <translation>Der Kursleiter hat Ihnen die Lektion «%1» (%2) zugewiesen: Sie finden sie im Menü Lektionen unter Liste der Lektionen.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="633"/>
        <source>Data simulata: %1</source>
        <translation>Simuliertes Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="638"/>
        <source>Nessun accesso a MyINPS</source>
        <translation>Nicht bei MyINPS angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="640"/>
        <source>Accesso come %1 con %2</source>
        <translation>Angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="647"/>
        <source>Tutto ciò che è stato fatto nella simulazione sarà cancellato e le persone di prova torneranno allo stato iniziale. Continuare?</source>
        <translation>Alles, was in der Simulation getan wurde, wird gelöscht, und die Testpersonen kehren in den Anfangszustand zurück. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="679"/>
        <source>%1 - Palestra INPS (simulazione)</source>
        <translation>%1 - Palestra INPS (Simulation)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="690"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/__init__.py" line="328"/>
        <source>Ho finito</source>
        <translation>Ich bin fertig</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/__init__.py" line="330"/>
        <source>Ho finito: torna all&apos;elenco degli allievi (il lavoro resta salvato)</source>
        <translation>Ich bin fertig: zurück zur Liste der Lernenden (die Arbeit bleibt gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="59"/>
        <source>SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell&apos;INPS.</source>
        <translation>SIMULATION - Palestra INPS: ein Übungsportal, nicht die Website des INPS.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="149"/>
        <source>Avviso di inattività</source>
        <translation>Hinweis bei Untätigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="151"/>
        <source>È ancora qui?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="154"/>
        <source>Continuo</source>
        <translation>Ich mache weiter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="156"/>
        <source>Ho finito: torna all&apos;elenco degli allievi</source>
        <translation>Ich bin fertig: zurück zur Liste der Lernenden</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="177"/>
        <source>Chiudere il programma</source>
        <translation>Programm schließen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="179"/>
        <source>Chiudere il programma?</source>
        <translation>Programm schließen?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="180"/>
        <source>In aula solo il formatore può chiudere il programma. Scriva il codice del formatore, oppure torni all&apos;esercizio.</source>
        <translation>Im Kursraum kann nur der Kursleiter das Programm schließen. Geben Sie den Code des Kursleiters ein oder kehren Sie zur Übung zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="182"/>
        <source>Chiudi il programma</source>
        <translation>Programm schließen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="183"/>
        <source>Annulla: torno all&apos;esercizio</source>
        <translation>Abbrechen: zurück zur Übung</translation>
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
        <location filename="../../ui/pages/myinps.py" line="41"/>
        <source>INPS - MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="42"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/myinps.py" line="42"/>
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
        <location filename="../../ui/pages/myinps.py" line="62"/>
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
        <location filename="../../ui/pages/home.py" line="247"/>
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
        <location filename="../../ui/pages/system.py" line="10"/>
        <location filename="../../ui/pages/system.py" line="11"/>
        <location filename="../../ui/pages/system.py" line="14"/>
        <source>Pagina non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="15"/>
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
        <location filename="../../ui/pages/system.py" line="23"/>
        <source>Fuori dalla simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="26"/>
        <source>Questa pagina non fa parte della simulazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/system.py" line="27"/>
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
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="147"/>
        <source>C&apos;è un dato da correggere: lo trova scritto in rosso sotto il campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="148"/>
        <source>Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../../ui/pages/welcome.py" line="52"/>
        <source>Nome e cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="56"/>
        <source>Salva il nome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="24"/>
        <source>Documento: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="33"/>
        <source>Salva</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="34"/>
        <source>Stampa</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="35"/>
        <source>Ingrandisci</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="36"/>
        <source>Riduci</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="37"/>
        <source>Chiudi</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="38"/>
        <source>Leggi ad alta voce</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="52"/>
        <source>Pagine del documento</source>
        <translation>Seiten des Dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="86"/>
        <source>Salva il documento</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="86"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="94"/>
        <source>Non è stato possibile salvare il file: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="96"/>
        <source>Documento salvato in %1</source>
        <translation>Dokument gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="117"/>
        <source>Documento inviato alla stampante.</source>
        <translation>Dokument an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>PensioneFuturaPage</name>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="199"/>
        <source>INPS - La mia pensione futura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="200"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="200"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="200"/>
        <location filename="../../ui/pages/pensione_futura.py" line="205"/>
        <source>La mia pensione futura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pensione_futura.py" line="206"/>
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
        <location filename="../../ui/pages/pensione_futura.py" line="345"/>
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
        <location filename="../../ui/pages/cns_login.py" line="135"/>
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
        <location filename="../../ui/pages/pin_convert.py" line="64"/>
        <source>INPS - PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="65"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="65"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="65"/>
        <source>PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="68"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="69"/>
        <source>PIN INPS ordinario: è necessario per fruire dei servizi di consultazione di dati relativi alla propria posizione contributiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="72"/>
        <source>PIN INPS dispositivo: è necessario per richiedere all&apos;Istituto le prestazioni e i benefici economici ai quali si ha diritto per legge. Per ottenerlo il cittadino deve inviare online o via fax copia del proprio documento di identità o recarsi presso una Sede Inps per farsi identificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="76"/>
        <source>CONVERTI PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="78"/>
        <source>Online: converti il PIN ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="79"/>
        <source>1. Premi «Converti PIN» e accedi con codice fiscale e PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="80"/>
        <source>2. Conferma i dati anagrafici, l&apos;indirizzo e i recapiti e inserisci i dati di un documento di riconoscimento valido (carta d&apos;identità, patente o passaporto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="82"/>
        <source>3. Scarica il foglio di richiesta, stampalo, scrivi la data e firmalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="83"/>
        <source>4. Scansiona il foglio firmato insieme al documento di riconoscimento e carica il file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="89"/>
        <source>Via fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="90"/>
        <source>Dopo aver scaricato e firmato il modulo con «Converti PIN», puoi inviarlo con una fotocopia fronte/retro del documento di riconoscimento al numero %1. Dopo qualche ora riceverai un&apos;e-mail con l&apos;esito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="95"/>
        <source>In sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="96"/>
        <source>Presso una Sede INPS, compilando il modello MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede» ed esibendo un documento di identità valido: l&apos;operatore consegna il PIN in busta chiusa, già di tipo dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="99"/>
        <source>Sede INPS di Pavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="101"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGatePage</name>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="36"/>
        <source>INPS - Serve il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="37"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="37"/>
        <source>PIN dispositivo necessario</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../ui/pages/pin_gate.py" line="48"/>
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
        <location filename="../../ui/pages/pin_gate.py" line="53"/>
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
    <name>PinLockedPage</name>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="114"/>
        <source>INPS - PIN bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="115"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="115"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="115"/>
        <source>PIN bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="118"/>
        <source>Il suo PIN è bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="120"/>
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
        <location filename="../../ui/pages/pin_menu.py" line="31"/>
        <location filename="../../ui/pages/pin_menu.py" line="38"/>
        <location filename="../../ui/pages/pin_menu.py" line="101"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="33"/>
        <location filename="../../ui/pages/pin_menu.py" line="40"/>
        <source>Supporto tecnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="94"/>
        <source>INPS - Richiesta PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="95"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="95"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="102"/>
        <source>Nella simulazione il modulo di richiesta e le pagine che seguono sono solo in italiano.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="104"/>
        <source>Consulta come ottenere e gestire il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="111"/>
        <source>Devi richiedere il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="113"/>
        <source>RICHIEDI PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="117"/>
        <source>Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="119"/>
        <source>Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta elettronica certificata; i secondi 8 con posta ordinaria all&apos;indirizzo di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="122"/>
        <source>Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="125"/>
        <source>&lt;b&gt;Attenzione:&lt;/b&gt; dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite credenziali &lt;b&gt;SPID&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="135"/>
        <source>VUOI IL PIN DISPOSITIVO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="136"/>
        <source>Il PIN dispositivo serve per chiedere prestazioni e benefici economici: converti il tuo PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="139"/>
        <source>HAI SMARRITO IL PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="140"/>
        <source>Ripristina il PIN con i recapiti che hai indicato nella richiesta, oppure chiedine la revoca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="145"/>
        <source>PIN ordinario: serve per consultare i dati della propria posizione. PIN dispositivo: serve per richiedere all&apos;Istituto le prestazioni e i benefici economici; si ottiene convertendo il PIN ordinario (online o via fax, con un documento di identità) oppure in una sede INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="150"/>
        <source>Contact Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="151"/>
        <source>803 164 (gratuito da rete fissa) oppure 06 164 164 da rete mobile (a pagamento secondo la tariffa del proprio gestore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="156"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinNoticePage</name>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="88"/>
        <source>INPS - Avviso sul PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="89"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="89"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="89"/>
        <source>Avviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="93"/>
        <source>Accesso eseguito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="97"/>
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
    <name>PinPages</name>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="56"/>
        <source>Mostra il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="72"/>
        <source>Il nuovo PIN deve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="74"/>
        <source>• avere esattamente 8 caratteri, lettere e numeri (ad esempio ROSA2018);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="75"/>
        <source>• non contenere spazi, accenti o simboli; maiuscole e minuscole sono uguali;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="76"/>
        <source>• non essere una parte del suo codice fiscale;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="77"/>
        <source>• essere diverso dal PIN precedente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="80"/>
        <source>Lo scriva su un foglio e lo conservi in un luogo sicuro, lontano dai documenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="82"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="82"/>
        <source>Mostra il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="83"/>
        <source>Conferma nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_common.py" line="84"/>
        <source>Mostra la conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="27"/>
        <location filename="../../ui/pages/pin_login.py" line="27"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="28"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="29"/>
        <source>Il PIN di 8 caratteri oppure, la prima volta, quello di 16 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="33"/>
        <source>Accedi</source>
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
        <location filename="../../ui/pages/pin_request.py" line="30"/>
        <source>INPS - Richiesta PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="31"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="31"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="31"/>
        <source>Richiedi PIN</source>
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
        <location filename="../../ui/pages/pin_request.py" line="250"/>
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
        <location filename="../../ui/pages/pin_request.py" line="121"/>
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
        <location filename="../../ui/pages/pin_request.py" line="237"/>
        <source>Controlli con attenzione i dati che ha scritto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="247"/>
        <source>Se i dati sono corretti prema «Avanti» per inviare la richiesta. Se deve correggere qualcosa prema «Conferma»: tornerà al modulo con i dati già scritti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="251"/>
        <source>Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="252"/>
        <source>Torna al modulo per correggere i dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="280"/>
        <source>SMS al cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="280"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="280"/>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="283"/>
        <source>1. La prima parte del PIN (8 caratteri) è stata inviata adesso: %1. Il messaggio arriva da «InpsInforma».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="285"/>
        <source>2. La seconda parte (altri 8 caratteri) arriverà per posta all&apos;indirizzo di residenza, in circa due settimane (verso il %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="288"/>
        <source>3. Quando avrà tutte e due le parti, entri dall&apos;Autenticazione con il codice fiscale e il PIN di 16 caratteri (prima la parte dell&apos;SMS, poi quella della lettera): le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="292"/>
        <source>Che cosa succede adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="293"/>
        <source>Apri il telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="295"/>
        <source>Nella Palestra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="296"/>
        <source>Gli SMS arrivano nel «Telefono», le e-mail nella «Posta elettronica», le lettere nella «Cassetta postale». Per non aspettare due settimane, faccia avanzare il tempo con l&apos;«Orologio».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="300"/>
        <source>Apri l&apos;orologio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="303"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSupportPage</name>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="198"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../../ui/widgets/portal.py" line="52"/>
        <source>Simbolo di Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="59"/>
        <source>Istituto Nazionale Previdenza Sociale · portale simulato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="66"/>
        <source>Home INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="71"/>
        <source>Entra in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="74"/>
        <source>%1 · accesso con %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="77"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="89"/>
        <source>Navigazione principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="113"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="117"/>
        <source>Modifica contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="119"/>
        <source>Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="120"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="127"/>
        <source>Scrivi qui per eseguire la ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="128"/>
        <source>Cerca nel sito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="132"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="176"/>
        <source>Sei in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="181"/>
        <source>Ultimo accesso: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="204"/>
        <source>SIMULAZIONE didattica di Palestra INPS: persone, codici e importi sono di fantasia. Questo non è il sito dell&apos;INPS: non inserisca mai credenziali vere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalItemPage</name>
    <message>
        <location filename="../../ui/pages/site_search.py" line="129"/>
        <source>INPS</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../ui/pages/site_search.py" line="150"/>
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
    <name>PortalPage</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/info.py" line="134"/>
        <source>Apri il pannello Chiamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="49"/>
        <source>Menu del PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_menu.py" line="58"/>
        <source>%1 (pagina attuale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Precompilata730Page</name>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="19"/>
        <source>INPS - Il 730 precompilato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="34"/>
        <location filename="../../ui/pages/precompilata_730.py" line="42"/>
        <location filename="../../ui/pages/precompilata_730.py" line="51"/>
        <source>La sua Certificazione Unica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="35"/>
        <source>Per scaricare la Certificazione Unica entri in MyINPS con il PIN, SPID o la CNS: per consultarla basta anche il PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="37"/>
        <source>Entra in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="43"/>
        <source>Nel suo Fascicolo non risultano Certificazioni Uniche dell&apos;INPS (in questa simulazione la Certificazione Unica dell&apos;INPS riguarda le pensioni). La Certificazione Unica del lavoro dipendente la consegna il datore di lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="48"/>
        <source>Apri la %1 (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/precompilata_730.py" line="54"/>
        <source>Tutte le Certificazioni Uniche nel Fascicolo</source>
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
        <location filename="../../ui/pages/cns_login.py" line="193"/>
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
        <location filename="../../ui/pages/search_engine.py" line="46"/>
        <source>CercaLibero - motore di ricerca</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Sede</name>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="64"/>
        <source>Sede INPS di Pavia - sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="72"/>
        <source>SIMULAZIONE - una visita di prova alla sede: persone e documenti sono di fantasia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="130"/>
        <source>Sono il cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="131"/>
        <source>Sono l&apos;operatore di sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="136"/>
        <source>Allo sportello: richiesta del PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="137"/>
        <source>Compili e firmi il modulo MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede», poi lo consegni all&apos;operatore insieme a un documento di identità valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="142"/>
        <source>Scelga una persona in «Io sono»: è lei che va in sede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="154"/>
        <source>Modulo MV35 - facsimile didattico: i campi del modello reale possono essere diversi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="156"/>
        <source>Copia i miei dati dalla Scheda personale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="158"/>
        <source>Sezione 1 - Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="159"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="159"/>
        <source>Maschio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="159"/>
        <source>Femmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="160"/>
        <source>Sezione 2 - Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="161"/>
        <source>Sezione 3 - Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="162"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="163"/>
        <source>Scelga il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="163"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="164"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="164"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="168"/>
        <source>Copia i dati da un documento del portafoglio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="169"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="174"/>
        <source>Sezione 4 - Documento di riconoscimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="176"/>
        <source>Firmo il modulo (la firma va messa davanti all&apos;operatore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="179"/>
        <source>Sezione 5 - Dichiarazione e firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="179"/>
        <source>Chiedo l&apos;assegnazione di un PIN dispositivo. La richiesta è presentata personalmente: non sono ammesse deleghe. Dichiaro che i dati riportati sono veri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="182"/>
        <source>Consegna il modulo allo sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="238"/>
        <source>L&apos;operatore le restituisce il modulo: ci sono %1 dati da correggere, segnati in rosso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="248"/>
        <source>Allo sportello: il documento di identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="249"/>
        <source>L&apos;operatore ha ricevuto il modulo MV35 firmato e le chiede un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="250"/>
        <source>Quale documento mostra all&apos;operatore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="253"/>
        <source>Mostra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="269"/>
        <source>Il PIN dispositivo le è stato consegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="271"/>
        <source>Apri la busta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="272"/>
        <source>Vedi il modulo MV35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="273"/>
        <source>La busta è anche nella sua Cassetta postale, per rileggerla quando vuole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="275"/>
        <source>Esci dalla sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="279"/>
        <source>Busta chiusa con il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="282"/>
        <source>Modulo MV35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="288"/>
        <source>Sportello: assegnazione del PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="289"/>
        <source>Lei è l&apos;operatore. Per ogni persona controlli che il documento sia valido (non scaduto), che sia della persona che ha davanti e che sia quello scritto nel modulo MV35. Poi assegni il PIN oppure rifiuti la richiesta spiegando il motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="293"/>
        <source>Persone in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="295"/>
        <source>Chiama: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="301"/>
        <source>Sportello: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="302"/>
        <source>Oggi è il %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="308"/>
        <source>La persona allo sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="309"/>
        <source>Si presenta come: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="310"/>
        <source>Dice di essere nata/o il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="314"/>
        <source>Il documento esibito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="321"/>
        <source>Il modulo MV35 consegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="326"/>
        <source>Motivo del rifiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="326"/>
        <source>Scelga il motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="328"/>
        <source>Identità verificata: assegna il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="329"/>
        <source>Rifiuta la richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="330"/>
        <source>La sua decisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="332"/>
        <source>Torna alle persone in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="336"/>
        <location filename="../../ui/widgets/sede_counter.py" line="352"/>
        <source>Operatore di sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="368"/>
        <source>Vedi la busta consegnata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SedePaviaPage</name>
    <message>
        <location filename="../../ui/pages/sede.py" line="17"/>
        <source>INPS - Sede di Pavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="18"/>
        <source>Contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="18"/>
        <source>Sedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="18"/>
        <source>Pavia</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Lavora allo sportello come operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="41"/>
        <source>Per chi si forma come operatore (CAF, patronati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="42"/>
        <source>Dall&apos;altra parte dello sportello: controlli il modulo MV35 e il documento di chi si presenta, poi assegni il PIN dispositivo oppure rifiuti la richiesta spiegando il motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="47"/>
        <source>Vuoi il PIN dispositivo? Le altre strade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sede.py" line="48"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSearchPage</name>
    <message>
        <location filename="../../ui/pages/site_search.py" line="49"/>
        <source>INPS - Risultati della ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="50"/>
        <location filename="../../ui/pages/site_search.py" line="58"/>
        <source>Risultati della ricerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="54"/>
        <source>Ricerca: %1 - INPS</source>
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
        <location filename="../../ui/pages/site_search.py" line="70"/>
        <source>Scriva nella casella che cosa cerca (per esempio «la mia pensione») e prema Invio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="76"/>
        <source>Forse cercavi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_search.py" line="78"/>
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
    <name>Spid</name>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="143"/>
        <source>Entra con %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="149"/>
        <source>SPID · Livello %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_common.py" line="151"/>
        <source>Livello di sicurezza SPID richiesto: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidHelpPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="213"/>
        <source>SPID - Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="216"/>
        <source>Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="217"/>
        <source>Per i problemi con la tua identità SPID l&apos;aiuto lo dà il gestore che te l&apos;ha rilasciata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="220"/>
        <source>Ho dimenticato nome utente o password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="221"/>
        <source>Sulla pagina di accesso del tuo gestore premi «Hai dimenticato le credenziali?» e segui i passaggi: ricevi un codice sul cellulare e scegli una nuova password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="223"/>
        <source>La mia identità è bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="224"/>
        <source>Dopo troppe password sbagliate l&apos;identità si blocca per sicurezza. Si sblocca scegliendo una nuova password con «Hai dimenticato le credenziali?» o chiamando il gestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="226"/>
        <source>Il codice via SMS non arriva o è scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="227"/>
        <source>Controlla il telefono, poi premi «Invia di nuovo»: vale solo il codice dell&apos;SMS più recente e dura pochi minuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="229"/>
        <source>La mia identità è sospesa o revocata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="230"/>
        <source>Solo il gestore può riattivarla: chiama la sua assistenza. Nel frattempo puoi entrare nei servizi INPS con il PIN o con la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="235"/>
        <source>Assistenza dei gestori (di fantasia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="237"/>
        <source>%1: numero verde %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidInfoPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="153"/>
        <source>SPID - Maggiori informazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="156"/>
        <source>Cos&apos;è SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="157"/>
        <source>SPID è il sistema di accesso che consente di utilizzare, con un&apos;identità digitale unica, i servizi online della Pubblica Amministrazione e dei privati aderenti. L&apos;identità è fatta di un nome utente e di una password e si può usare da computer, tablet e smartphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="161"/>
        <source>I tre livelli di sicurezza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="163"/>
        <source>Livello 1: nome utente e password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="164"/>
        <source>Livello 2: nome utente e password più un codice temporaneo (OTP) ricevuto via SMS o una conferma nell&apos;app del gestore. È il livello chiesto dall&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="166"/>
        <source>Livello 3: nome utente e password più un dispositivo di sicurezza, per esempio una smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="169"/>
        <source>Come si entra in un servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="171"/>
        <source>Sul sito del servizio premi «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="172"/>
        <source>Scegli dall&apos;elenco il gestore con cui hai attivato SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="173"/>
        <source>Sul sito del gestore scrivi nome utente e password e premi «Invia».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="174"/>
        <source>Per il livello 2 scrivi il codice ricevuto via SMS, oppure approva la richiesta nell&apos;app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="175"/>
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
        <location filename="../../ui/pages/spid_tab.py" line="38"/>
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
        <location filename="../../ui/pages/spid_tab.py" line="74"/>
        <source>SIMULAZIONE: i gestori dell&apos;elenco sono inventati. Le persone di prova che hanno SPID trovano gestore, nome utente e password nel Portafoglio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpidRequestPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="185"/>
        <source>SPID - Non hai SPID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="188"/>
        <source>Non hai SPID? Ecco come richiederlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="189"/>
        <source>Puoi richiedere SPID se sei maggiorenne. La richiesta si fa a un gestore di identità digitale, sul suo sito: scegline uno, registrati e fatti riconoscere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="192"/>
        <source>Cosa ti serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="194"/>
        <source>un indirizzo e-mail;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="195"/>
        <source>il numero del telefono cellulare che usi normalmente;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="196"/>
        <source>un documento di identità valido (carta d&apos;identità, passaporto o patente);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="197"/>
        <source>la tessera sanitaria con il codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="200"/>
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
        <location filename="../../ui/widgets/session_timeout.py" line="33"/>
        <location filename="../../ui/widgets/session_timeout.py" line="34"/>
        <location filename="../../ui/widgets/session_timeout.py" line="55"/>
        <source>Sessione in scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="42"/>
        <location filename="../../ui/widgets/session_timeout.py" line="56"/>
        <source>La sessione sta per scadere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="46"/>
        <source>Resta collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="47"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="48"/>
        <source>Entra di nuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="49"/>
        <source>Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="67"/>
        <location filename="../../ui/widgets/session_timeout.py" line="68"/>
        <source>Sessione scaduta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../../ui/trainer/console.py" line="110"/>
        <source>Console del formatore - Palestra INPS (simulazione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="111"/>
        <location filename="../../ui/trainer/console.py" line="132"/>
        <source>Console del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="121"/>
        <source>SIMULAZIONE - Palestra INPS: la console del formatore. Persone e codici della simulazione sono di fantasia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="133"/>
        <source>Scriva il codice del formatore per vedere la classe e dare i compiti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="134"/>
        <source>Entra nella console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="135"/>
        <source>Benvenuto nella console del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="159"/>
        <source>Contenuto della console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="176"/>
        <source>Console del formatore: allievi e avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="183"/>
        <source>Blocca la console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="194"/>
        <source>Allievi e avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="195"/>
        <source>Un allievo per riga con la lezione in corso; aprire la riga per le altre lezioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="222"/>
        <source>Per chi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="225"/>
        <source>Per chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="237"/>
        <source>Compito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="238"/>
        <source>Situazioni e mondo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="239"/>
        <source>Nuovo allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="240"/>
        <source>Rapporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="241"/>
        <source>Impostazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="242"/>
        <source>Azioni del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="299"/>
        <source>Nessuna lezione: esplorazione libera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="301"/>
        <source>Lezione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="304"/>
        <source>Modalità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="304"/>
        <source>Allenamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="305"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="307"/>
        <source>Persona per l&apos;esplorazione libera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="308"/>
        <source>Nessuna: sceglie l&apos;allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="313"/>
        <source>Assegna il compito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="314"/>
        <source>La persona vale quando l&apos;allievo esplora da solo; una lezione parte sempre dalla sua situazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="322"/>
        <source>Situazione da risolvere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="323"/>
        <source>Persona a cui succede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="331"/>
        <source>Inserisci la situazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="332"/>
        <source>Ricomincia il mondo da capo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="340"/>
        <source>Sì, ricomincia da capo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="341"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="345"/>
        <source>Ultimi ordini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="354"/>
        <source>Ogni allievo ha il suo mondo simulato e un codice breve da scrivere alla postazione. Due allievi con lo stesso nome si distinguono dal numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="356"/>
        <source>Nome del nuovo allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="360"/>
        <source>Aggiungi l&apos;allievo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="366"/>
        <source>Il rapporto della classe in PDF (tabella e grafico per lezione) e in CSV (per un foglio di calcolo), con data e ora nel nome dei file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="368"/>
        <source>Cartella in cui salvare il rapporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="372"/>
        <source>Salva il rapporto (PDF e CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="378"/>
        <source>Postazioni in aula: dopo quanti minuti senza attività una postazione avvisa e torna all&apos;elenco degli allievi (il lavoro resta salvato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="380"/>
        <source>Minuti di inattività</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="381"/>
        <source>Secondi di preavviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="382"/>
        <source>Codice attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="383"/>
        <source>Nuovo codice del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="384"/>
        <source>Ripeta il nuovo codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="389"/>
        <source>Salva i tempi delle postazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="391"/>
        <source>Cambiare il codice del formatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="396"/>
        <source>Cambia il codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="411"/>
        <source>Console aperta. L&apos;elenco si aggiorna da solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="429"/>
        <source>Il server dell&apos;aula non risponde (%1). Riprovo ogni secondo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="443"/>
        <source>Non riesco a leggere la classe (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="451"/>
        <source>%1 · %2 allievi · aggiornato alle %3, si aggiorna da solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="488"/>
        <source>Nessuna lezione iniziata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="528"/>
        <source>Tutta la classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="542"/>
        <source>Nessun ordine ancora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="565"/>
        <source>Gli ordini andranno a tutti gli allievi della classe (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="570"/>
        <source>Compito attuale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="576"/>
        <source>tutta la classe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="593"/>
        <source>Compito per %1: %2. Lo troverà quando apre il suo mondo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="603"/>
        <source>Situazione inviata a %1: %2. Compare nel mondo dell&apos;allievo entro un secondo, o quando lo apre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="611"/>
        <source>Il mondo simulato di %1 torna allo stato iniziale: messaggi, PIN, lettere e orologio. L&apos;avanzamento nelle lezioni resta. Confermi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="631"/>
        <source>Nuovo mondo ordinato per %1: l&apos;allievo ricomincia da capo entro un secondo, o quando apre il suo mondo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="649"/>
        <source>Aggiunto l&apos;allievo %1 (n. %2). Il suo codice per la postazione è %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="661"/>
        <source>Rapporto salvato: %1 e %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="679"/>
        <source>Tempi salvati: le postazioni li usano dal prossimo allievo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="694"/>
        <source>Codice del formatore cambiato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tutor</name>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="35"/>
        <source>&amp;Lezioni</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="40"/>
        <source>Elenco delle lezioni</source>
        <translation>Liste der Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="43"/>
        <source>Continua la lezione</source>
        <translation>Lektion fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="46"/>
        <source>Esci dalla lezione</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="50"/>
        <source>Cambia il suo nome</source>
        <translation>Ihren Namen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/controller.py" line="212"/>
        <source>Scriva il suo nome e cognome, come devono comparire sull&apos;attestato.</source>
        <translation>Schreiben Sie Ihren Vor- und Nachnamen so, wie er auf der Bescheinigung stehen soll.</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/controller.py" line="236"/>
        <source>Attestato - %1</source>
        <translation>Bescheinigung - %1</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/highlight.py" line="181"/>
        <source>Qui</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/speech.py" line="42"/>
        <source>La lettura ad alta voce non è disponibile su questo computer: manca un programma di sintesi vocale con una voce italiana. Il testo del passo resta scritto qui sopra, in grande.</source>
        <translation>Das Vorlesen ist auf diesem Computer nicht verfügbar: Es fehlt ein Sprachausgabeprogramm mit einer italienischen Stimme. Der Text des Schritts steht weiterhin groß hier oben.</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/speech.py" line="48"/>
        <source>La lettura ad alta voce non è disponibile su questo computer: manca un programma di sintesi vocale con una voce italiana. Su Debian e Ubuntu lo installa chi la aiuta con «sudo apt-get install speech-dispatcher espeak-ng»; su Windows e macOS si usano le voci del sistema (una voce italiana va aggiunta nelle impostazioni della sintesi vocale).</source>
        <translation>Das Vorlesen ist auf diesem Computer nicht verfügbar: Es fehlt ein Sprachausgabeprogramm mit einer italienischen Stimme. Unter Debian und Ubuntu installiert es, wer Ihnen hilft, mit «sudo apt-get install speech-dispatcher espeak-ng»; unter Windows und macOS werden die Stimmen des Systems verwendet (eine italienische Stimme wird in den Einstellungen der Sprachausgabe hinzugefügt).</translation>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="72"/>
        <location filename="../../ui/pages/welcome.py" line="78"/>
        <source>Benvenuto nella Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="79"/>
        <source>Palestra INPS è una copia di prova del portale dell&apos;INPS, senza Internet, per imparare a usare PIN, SPID, CNS e Fascicolo senza alcun rischio: persone e dati sono di fantasia. È pensata per chi si esercita a casa, per chi si forma allo sportello di un CAF e per le lezioni in aula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="92"/>
        <source>Esplora liberamente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="94"/>
        <source>Il portale di prova senza lezione: si parte dal motore di ricerca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="97"/>
        <source>Che cosa vuole imparare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="98"/>
        <source>Ogni lezione si può fare in due modi. Allenamento: con i suggerimenti e «Mostra dove», senza voto. Verifica: senza aiuti; se la supera riceve un attestato in PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="150"/>
        <source>Come si chiama?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="151"/>
        <source>Il suo nome va sull&apos;attestato quando supera una verifica. Può anche scriverlo più tardi, dal menu Lezioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="160"/>
        <source>Si esercita senza aver indicato il suo nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="161"/>
        <source>Si esercita come: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="163"/>
        <source>Cambia il suo nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="165"/>
        <source>Il suo nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="170"/>
        <location filename="../../ui/pages/welcome.py" line="205"/>
        <source>Verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="170"/>
        <location filename="../../ui/pages/welcome.py" line="204"/>
        <source>Allenamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="171"/>
        <source>Ha una lezione in corso: «%1» (%2), al passo %3 di %4. Può continuare da dove era arrivato: il mondo simulato è rimasto com&apos;era.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="175"/>
        <source>Continua la lezione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="192"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="195"/>
        <source>Stato: In corso, al passo %1 di %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SpidInfoPage</name>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="131"/>
        <source>SPID · Sistema Pubblico di Identità Digitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="132"/>
        <source>Pagina informativa simulata per Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="138"/>
        <source>Cos&apos;è SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="138"/>
        <source>Richiedi SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="139"/>
        <source>Serve aiuto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/spid_tab.py" line="144"/>
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
    <name>app</name>
    <message>
        <location filename="../../app/services/cns.py" line="152"/>
        <source>Questa carta non è nel portafoglio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="156"/>
        <source>Nel lettore c&apos;è già la tessera di {nome} {cognome}: toglila prima di inserirne un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="207"/>
        <source>Nessun lettore di smart card trovato. Collega il lettore al computer (nel Portafoglio: «Collega il lettore») e controlla di aver installato i driver, poi premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="214"/>
        <source>Nessuna carta nel lettore. Inserisci la Tessera Sanitaria-CNS con il chip dorato verso l&apos;alto (nel Portafoglio: «Inserisci nel lettore»), poi premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="220"/>
        <source>La tessera è scaduta il {expires:%d/%m/%Y}: i suoi certificati non valgono più. La nuova tessera arriva per posta; attivala allo sportello per usarla come CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="226"/>
        <source>La carta è bloccata in modo definitivo (PUK sbagliato troppe volte): chiedi una nuova tessera all&apos;ASL o allo sportello della tua Regione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="274"/>
        <source>Accesso con CNS non valido: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="276"/>
        <source>Questo accesso è già concluso: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="280"/>
        <source>Nel lettore ora c&apos;è un&apos;altra carta: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="282"/>
        <location filename="../../app/services/spid.py" line="250"/>
        <source>Questo passaggio non è quello atteso: segui le istruzioni della pagina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="291"/>
        <source>Scegli uno dei certificati dell&apos;elenco, poi premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="295"/>
        <source>Hai scelto il certificato di firma (quello intestato a «{subject}»): serve a firmare documenti, non a entrare nei siti, e il sito INPS lo rifiuta. Scegli il certificato intestato al tuo codice fiscale ({codice_fiscale}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="313"/>
        <source>Inserisci {lower}{what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="315"/>
        <source>{what} è fatto di sole cifre: lo trovi nella busta ricevuta con la tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="317"/>
        <source>{what} ha da {low} a {high} cifre: controlla la busta ricevuta con la tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="323"/>
        <source>La carta è bloccata: il PIN è stato sbagliato 3 volte. Per sbloccarla usa il PUK, il codice di sblocco che trovi nella busta ricevuta con la tessera: premi «Sblocca con il PUK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="366"/>
        <location filename="../../app/services/cns.py" line="421"/>
        <source>Ti resta ancora 1 tentativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="366"/>
        <location filename="../../app/services/cns.py" line="421"/>
        <source>Ti restano ancora {left} tentativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="367"/>
        <source>PIN errato. {tries} prima del blocco della carta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="381"/>
        <source>Inserisci il PUK: lo trovi nella busta ricevuta con la tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="383"/>
        <source>Il PUK è fatto di sole cifre: lo trovi nella busta ricevuta con la tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="385"/>
        <source>Il PUK ha 8 cifre: controlla la busta ricevuta con la tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="390"/>
        <source>I due PIN non sono uguali: scrivi di nuovo il nuovo PIN in «Conferma nuovo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="417"/>
        <source>PUK errato troppe volte: la carta è bloccata in modo definitivo. Chiedi una nuova tessera all&apos;ASL o allo sportello della tua Regione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="422"/>
        <source>PUK errato. {tries}: dopo l&apos;ultimo la carta non si potrà più usare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="49"/>
        <location filename="../../app/services/pin.py" line="540"/>
        <source>Inserisca il codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="51"/>
        <source>Il codice fiscale è composto da 16 caratteri: ne ha scritti {n_code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="53"/>
        <source>Il codice fiscale non ha la forma giusta: controlli lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="58"/>
        <source>L&apos;ultimo carattere (carattere di controllo) del codice fiscale non è corretto: controlli di averlo copiato bene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="59"/>
        <source>Il codice fiscale non è valido: controlli di averlo copiato bene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="199"/>
        <source>La chiamata è terminata: per parlare con il Contact Center chiami di nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="36"/>
        <source>Per modificare i contatti occorre prima accedere a MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="46"/>
        <source>Indichi {what} del documento richiesto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="55"/>
        <source>Tipo di documento sconosciuto: «{kind}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="65"/>
        <source>Non risultano contributi nella Gestione Separata: l&apos;Estratto conto Parasubordinati è vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="107"/>
        <source>Il documento richiesto non è disponibile nel Fascicolo di questo cittadino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="364"/>
        <source>Il cittadino richiesto non è presente negli archivi della simulazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="376"/>
        <source>Il codice fiscale indicato non risulta negli archivi della simulazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="537"/>
        <source>Non risultano pagamenti di pensione nell&apos;anno {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="557"/>
        <source>La domanda richiesta non risulta tra quelle presentate da questo cittadino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="657"/>
        <source>La sezione «{section}» non esiste nel Fascicolo previdenziale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="690"/>
        <source>Non risultano Certificazioni Uniche: nessuna pensione pagata negli anni dal 2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="692"/>
        <source>La Certificazione Unica {anno} non è disponibile. Anni disponibili: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="739"/>
        <source>Non risulta alcuna pensione in pagamento: il certificato ObisM non è disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="741"/>
        <source>Il certificato di pensione ObisM {anno} non è disponibile. Anni disponibili: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="785"/>
        <source>Il cedolino di {valore} {anno} non è disponibile: non risulta alcuna rata di pensione pagata in quel mese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="92"/>
        <source>Inserisca il numero del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="96"/>
        <source>Il numero della carta d&apos;identità non ha la forma giusta: la carta elettronica ha 9 caratteri come CA12345AB (in alto a destra), quella cartacea 2 lettere e 7 cifre come AX1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="102"/>
        <source>Il numero della patente (campo 5) ha 10 caratteri: inizia con U1 e finisce con una lettera, come U1L69I902B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="107"/>
        <source>Il numero del passaporto è formato da 2 lettere e 7 cifre, come YA1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="108"/>
        <location filename="../../app/services/id_documents.py" line="133"/>
        <source>Scelga il tipo di documento: carta d&apos;identità, patente o passaporto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="113"/>
        <source>Inserisca la data di scadenza del documento nella forma gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="115"/>
        <source>Il documento è scaduto il {it_date}: serve un documento di identità in corso di validità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="118"/>
        <source>La scadenza {it_date} è troppo lontana: nessun documento dura più di 10 anni. Controlli la data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="141"/>
        <source>Scriva chi ha rilasciato il documento (per esempio: Comune di Pavia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="143"/>
        <source>L&apos;ente di rilascio va scritto in lettere, per esempio &quot;Comune di Pavia&quot; o &quot;Questura di Bologna&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="148"/>
        <source>La data di scadenza va scritta nella forma gg/mm/aaaa, per esempio 12/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="167"/>
        <source>Questo documento non è nel portafoglio della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="240"/>
        <source>Questo messaggio non esiste più: la simulazione è stata ricominciata?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/messages.py" line="243"/>
        <source>Questo messaggio non è ancora arrivato: arriverà il {deliver_at:%d/%m/%Y}. Faccia avanzare l&apos;orologio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="32"/>
        <source>Documenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="96"/>
        <source>Scriva un nome per il file, per esempio scansione.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="144"/>
        <source>Scelga una persona in «Io sono»: è il suo computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="146"/>
        <source>Provenienza del file sconosciuta: «{source}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="149"/>
        <source>Il file è vuoto: non c&apos;è niente da salvare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="152"/>
        <source>La cartella {folder} è piena ({max_files} file): ricominci la simulazione da capo per svuotarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/my_documents.py" line="170"/>
        <source>Il file non è più nella cartella Documenti: lo scelga di nuovo dall&apos;elenco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="224"/>
        <source>Per le pensioni con decorrenza nel {year} la simulazione non ha i coefficienti di trasformazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="390"/>
        <source>Non risultano contributi sulla sua posizione: la simulazione non è possibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="423"/>
        <source>La crescita annua della retribuzione va scelta tra 0% e 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="425"/>
        <source>La crescita del PIL va scelta tra 1% e 1,5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="431"/>
        <source>La data di cessazione dell&apos;attività non può essere nel passato: scelga una data da oggi in poi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="433"/>
        <source>La data di cessazione dell&apos;attività non può superare il compimento dei {max_age} anni ({limit:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="447"/>
        <source>Scriva la data nella forma mm/aaaa (per esempio 12/2030) oppure gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="449"/>
        <source>Indichi quando pensa di smettere di lavorare. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="458"/>
        <source>La data indicata non esiste. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="470"/>
        <source>Utente non riconosciuto: effettui di nuovo l&apos;accesso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="473"/>
        <source>Risulta già titolare di una pensione di vecchiaia o anzianità: il servizio «La mia pensione futura» è rivolto a chi non è ancora in pensione. Consulti i dati della sua pensione nel Fascicolo previdenziale, sezione Prestazioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="193"/>
        <source>Nessuna persona scelta: scelga una persona in «Io sono».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="205"/>
        <source>In questo mondo non ci sono persone di prova: usi «Ricomincia da capo».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="127"/>
        <source>Per riavere l’accesso può: ripristinare il PIN con «Hai smarrito il PIN?» usando i recapiti (cellulare ed e-mail) indicati quando lo ha richiesto; revocare il PIN e richiederne uno nuovo; oppure chiamare il Contact Center al numero 803 164 (gratuito da rete fissa) o 06 164 164 (da rete mobile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="188"/>
        <source>Stato del PIN sconosciuto: «{to}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="192"/>
        <source>Operazione non possibile: il PIN è {state_labels} e non può diventare {state_labels2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="285"/>
        <source>Per questo codice fiscale c’è già una richiesta di PIN in corso: la prima parte è stata inviata ai recapiti indicati e la seconda parte arriverà per posta all’indirizzo di residenza. Attenda la lettera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="290"/>
        <source>Per questo codice fiscale esiste già un PIN, ma è bloccato. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="292"/>
        <source>Per questo codice fiscale esiste già un PIN INPS. Se non lo ricorda usi «Hai smarrito il PIN?»; se è scaduto, entri con il vecchio PIN e il sistema le farà scegliere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="314"/>
        <source>Canale di rilascio del PIN sconosciuto: «{channel}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="316"/>
        <source>Tipo di PIN sconosciuto: «{kind}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="388"/>
        <source>Non ci sono recapiti (cellulare, e-mail o PEC) a cui inviare la prima parte del PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="470"/>
        <source>Le resta 1 tentativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="470"/>
        <source>Le restano {left} tentativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="492"/>
        <source>Codice fiscale o PIN non corretti per {limit} volte di seguito: per sicurezza il PIN è stato bloccato. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="498"/>
        <source>Codice fiscale o PIN non corretti. {attempts_phrase} prima che il PIN venga bloccato. Controlli di scrivere il PIN completo, senza spazi (maiuscole o minuscole sono uguali).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="506"/>
        <source>Il suo PIN è bloccato per troppi tentativi errati. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="545"/>
        <source>Inserisca il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="552"/>
        <source>Il PIN di questo codice fiscale è stato revocato. Per entrare richieda un nuovo PIN con «Richiedi e gestisci il tuo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="555"/>
        <source>Codice fiscale o PIN non corretti: per questo codice fiscale non risulta un PIN INPS. Controlli il codice fiscale; se non ha ancora un PIN può richiederlo con «Richiedi e gestisci il tuo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="560"/>
        <source> (arrivo previsto il {fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="563"/>
        <source>Il suo PIN non è ancora completo: servono la prima parte (ricevuta per SMS o e-mail) e la seconda parte, che arriverà per posta all’indirizzo di residenza{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="614"/>
        <source>Scriva il nuovo PIN: 8 caratteri tra lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="617"/>
        <source>Il nuovo PIN deve avere esattamente 8 caratteri: ne ha scritti {n_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="621"/>
        <source>Il nuovo PIN può contenere solo lettere (senza accenti) e numeri: tolga spazi, punti e altri simboli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="626"/>
        <source>Il nuovo PIN non può essere una parte del suo codice fiscale: scelga un&apos;altra combinazione di lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="630"/>
        <source>Il nuovo PIN deve essere diverso da quello precedente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="633"/>
        <source>Scriva di nuovo il nuovo PIN nel campo di conferma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="636"/>
        <source>I due PIN scritti non sono uguali: riscriva lo stesso PIN in tutti e due i campi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="654"/>
        <source>Per questo codice fiscale non risulta un PIN INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="657"/>
        <source>Il PIN non può essere cambiato ora: è {state_labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="696"/>
        <location filename="../../app/services/pin.py" line="712"/>
        <source>Per questo codice fiscale non risulta un PIN INPS da convertire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="698"/>
        <source>Il suo PIN è già di tipo dispositivo: non serve convertirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="700"/>
        <source>Il suo PIN è bloccato: prima di convertirlo deve riavere l’accesso. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="714"/>
        <source>Il suo PIN è già di tipo dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="737"/>
        <source>Il PIN di questo codice fiscale non è bloccato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="179"/>
        <source>Per convertire il PIN deve prima entrare con codice fiscale e PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="181"/>
        <source>La conversione riguarda il PIN INPS: entri con codice fiscale e PIN ordinario (con SPID o CNS può già presentare domande).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="239"/>
        <source>I dati anagrafici o l&apos;indirizzo presenti negli archivi INPS non sono completi: chiami il Contact Center (803 164) per correggerli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="276"/>
        <source>Confermi che i dati anagrafici e l&apos;indirizzo di residenza sono corretti. Se non lo sono, li faccia correggere prima chiamando il Contact Center (803 164).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="318"/>
        <source>Modulo non trovato: lo scarichi di nuovo con la procedura «Converti PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="343"/>
        <source>Il file non può essere accettato: {valore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="634"/>
        <source>Metta nel fax almeno un foglio: il modulo firmato e la copia del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="641"/>
        <source>Scriva il numero di fax: per la conversione del PIN è {fax_number_shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="644"/>
        <source>Il fax non è partito: al numero {number} non risponde un fax. Il numero per inviare la richiesta di PIN dispositivo è {fax_number_shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="40"/>
        <source>Se non ha più a disposizione il cellulare o l’e-mail indicati quando ha richiesto il PIN, usi «Revoca PIN» e poi richieda un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="74"/>
        <source>Per questo codice fiscale non risulta un PIN INPS da recuperare. Se non ha ancora un PIN, lo richieda con «Richiedi PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="97"/>
        <source>Scriva il numero di cellulare indicato quando ha richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="103"/>
        <source>Scriva l’indirizzo e-mail (o PEC) indicato quando ha richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="116"/>
        <source>Questo PIN non è mai stato usato: non si può ripristinare. Usi «Revoca PIN» e poi richieda un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="122"/>
        <source>Per il ripristino servono un cellulare e un indirizzo e-mail (o PEC) registrati con la richiesta del PIN, e per questo codice fiscale non risultano entrambi. {use_revoca}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="135"/>
        <source>I recapiti indicati ({wrong}) non corrispondono a quelli registrati al momento della richiesta del PIN. Controlli di averli scritti bene. {use_revoca}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="190"/>
        <source>Scriva il numero della tessera sanitaria (20 cifre, sul retro della tessera).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="193"/>
        <source>Il numero della tessera sanitaria è di 20 cifre (sul retro, campo 8): ne ha scritte {n_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="194"/>
        <source>Il numero della tessera sanitaria contiene solo cifre: 20 in tutto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="198"/>
        <source>Scriva la data di scadenza della tessera sanitaria (gg/mm/aaaa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="200"/>
        <source>La data di scadenza non è valida: la scriva come gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="204"/>
        <source>Scriva un indirizzo e-mail a cui mandare la conferma della revoca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="215"/>
        <source>Negli archivi non risulta la tessera sanitaria di questo codice fiscale: per revocare il PIN chiami il Contact Center (803 164 da rete fissa, 06 164 164 da rete mobile) o si rechi in una sede INPS con un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="221"/>
        <source>Il numero o la scadenza della tessera sanitaria non corrispondono a quelli del codice fiscale indicato. Li copi dal retro della tessera sanitaria (numero di 20 cifre) e dal fronte (data di scadenza).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="90"/>
        <source>La stampante non può stampare un PDF protetto da password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="93"/>
        <source>Il documento ha {n_pages} pagine: la stampante di casa ne stampa al massimo {max_print_pages} per volta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="109"/>
        <source>La stampante non riesce a leggere il file: non è un PDF valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="116"/>
        <source>La stampante non riesce a leggere il file: non è un PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="130"/>
        <source>Il documento non ha pagine da stampare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="138"/>
        <source>Su questo foglio non c&apos;è uno spazio per la firma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="140"/>
        <source>Il foglio è già firmato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="148"/>
        <source>Su questo foglio non c&apos;è uno spazio per la data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="150"/>
        <source>La data è già scritta sul foglio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="167"/>
        <source>Scelga almeno un lato del documento da copiare: fronte o retro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="190"/>
        <source>Metta almeno un foglio nello scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="195"/>
        <source>Un&apos;immagine contiene un solo foglio: per scansionare più fogli in un unico file scelga il formato PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/printer_scanner.py" line="199"/>
        <source>Formato di scansione sconosciuto: scelga PDF, JPG o PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="34"/>
        <source>{nome} {cognome} non ha un PIN da modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="64"/>
        <source>{nome} {cognome} non ha un&apos;identità SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="82"/>
        <source>{nome} {cognome} non ha una tessera sanitaria-CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="93"/>
        <source>Nessuna lettera è in viaggio per {nome} {cognome}: prima deve essere richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="103"/>
        <source>{nome} {cognome} non ha un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="116"/>
        <source>{nome} {cognome} ha già un PIN: la richiesta online non si può ripetere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="133"/>
        <location filename="../../app/services/scenarios.py" line="154"/>
        <source>{nome} {cognome} non ha un documento di identità valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="223"/>
        <source>Situazione sconosciuta: «{key}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="227"/>
        <source>Nel mondo non c&apos;è la persona «{persona_key}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="193"/>
        <source>Il modulo MV35 va compilato e presentato personalmente dall&apos;interessato: non sono ammesse deleghe. Scriva il suo codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="201"/>
        <source>Firmi il modulo MV35 prima di consegnarlo allo sportello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="214"/>
        <source>Il modulo MV35 è già stato consegnato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="321"/>
        <source>Documento non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="330"/>
        <source>In questa visita il documento lo controlla lei, come operatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="332"/>
        <source>Prima compili e firmi il modulo MV35: lo consegnerà insieme al documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="334"/>
        <source>Il PIN le è già stato consegnato in busta chiusa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="417"/>
        <source>Situazione sconosciuta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="421"/>
        <source>Questa situazione non è disponibile nel mondo attuale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="449"/>
        <location filename="../../app/services/sede.py" line="467"/>
        <source>Non c&apos;è una richiesta da decidere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="469"/>
        <source>Scelga il motivo del rifiuto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/site_search.py" line="206"/>
        <source>La pagina richiesta non esiste più o è stata spostata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="67"/>
        <source>Gestore di identità SPID sconosciuto: torna all&apos;elenco e scegline uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="238"/>
        <source>Accesso SPID non valido: ricomincia da «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="242"/>
        <source>Questo accesso è già concluso: ricomincia da «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="283"/>
        <location filename="../../app/services/spid.py" line="711"/>
        <source>Inserisci il nome utente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="285"/>
        <source>Inserisci la password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="334"/>
        <source>Credenziali errate. {plural_attempts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="369"/>
        <source>Nome utente o password errati. Questo nome utente non è registrato presso {name}: premi «Annulla», torna all&apos;elenco e scegli {other}, il gestore con cui hai attivato SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="374"/>
        <source>Nome utente o password errati. Controlla di averli scritti come nella lettera del tuo gestore e di aver scelto il gestore giusto (qui sei su {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="397"/>
        <source>Per questa identità non risulta un numero di cellulare: usa l&apos;app del gestore oppure chiama {name} al numero {help_phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="429"/>
        <source>Il codice non è più valido: premi «Invia di nuovo» per riceverne uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="431"/>
        <source>Inserisci il codice di 6 cifre ricevuto via SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="433"/>
        <source>Il codice è formato da 6 cifre: ricopialo dall&apos;SMS ricevuto sul telefono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="438"/>
        <source>Il codice è scaduto: premi «Invia di nuovo» per riceverne uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="457"/>
        <source>Codice errato. Hai sbagliato questo codice troppe volte: premi «Invia di nuovo» per riceverne uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="461"/>
        <source>Codice errato. {plural_attempts} Copia il codice dell&apos;SMS più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="494"/>
        <source>L&apos;app di {name} non è attiva per questa identità: ricevi il codice via SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="546"/>
        <source>Questa notifica non è una richiesta di accesso SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="549"/>
        <source>La richiesta è scaduta: sul computer premi «Invia di nuovo».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="551"/>
        <source>Questa richiesta non è più valida: usa la notifica più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="588"/>
        <source>Nessuna richiesta inviata all&apos;app: premi «Utilizza l&apos;App».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="599"/>
        <source>La richiesta all&apos;app è scaduta: premi «Invia di nuovo» per mandarne una nuova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="601"/>
        <source>La richiesta non è ancora stata approvata: apri l&apos;app {app_name} sul telefono e premi «Approva».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="713"/>
        <source>Inserisci il codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="720"/>
        <source>Nome utente e codice fiscale non corrispondono a un&apos;identità {name}: controllali sulla lettera del gestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="727"/>
        <source>Non risulta un cellulare: chiama {name} al numero {help_phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="748"/>
        <source>La password deve avere almeno 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="750"/>
        <source>La password può avere al massimo 64 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="752"/>
        <source>La password deve contenere almeno una lettera e almeno un numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="754"/>
        <source>La password contiene caratteri non ammessi: usa lettere, numeri e segni come . - _ !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="756"/>
        <source>La password non può contenere il nome utente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="763"/>
        <source>Questa richiesta è già conclusa: ricomincia da «Hai dimenticato le credenziali?».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="770"/>
        <source>Il codice è formato da 6 cifre: ricopialo dall&apos;SMS ricevuto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="775"/>
        <source>Le due password non sono uguali: scrivila di nuovo in «Conferma password».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="780"/>
        <source>Il codice è scaduto: ricomincia da «Hai dimenticato le credenziali?».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="786"/>
        <source>Codice errato troppe volte: ricomincia da «Hai dimenticato le credenziali?».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="787"/>
        <source>Codice errato. {plural_attempts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
