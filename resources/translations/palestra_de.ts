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
        <location filename="../../ui/accessibility.py" line="187"/>
        <source>Collegamento: %1.</source>
        <translation>Link: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="189"/>
        <source>Pulsante: %1.</source>
        <translation>Schaltfläche: %1.</translation>
    </message>
</context>
<context>
    <name>AnagraficaPage</name>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="127"/>
        <source>INPS - Dati anagrafici, indirizzo e recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="128"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="128"/>
        <location filename="../../ui/pages/servizi_online.py" line="131"/>
        <source>Visualizzazione e modifica dati anagrafici, indirizzo e recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="139"/>
        <source>Questi sono i dati che l&apos;INPS ha registrato per lei. Controlli che siano giusti: all&apos;indirizzo di residenza arrivano le lettere, ai recapiti gli SMS e le e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="143"/>
        <source>Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="144"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="145"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="146"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="147"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="147"/>
        <source>Femmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="147"/>
        <source>Maschio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="148"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="149"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="153"/>
        <source>Indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="153"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="156"/>
        <source>Modifica l&apos;indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="162"/>
        <source>Un nuovo indirizzo di residenza si comunica all&apos;INPS con una domanda online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="165"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="168"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="169"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="170"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="171"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="172"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="173"/>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="175"/>
        <source>Modifica i recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="179"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserTab</name>
    <message>
        <location filename="../../ui/browser/tab.py" line="171"/>
        <source>Contenuto della pagina</source>
        <translation>Inhalt der Seite</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="110"/>
        <location filename="../../ui/pages/cns_login.py" line="113"/>
        <source>Richiesta di identificazione utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="114"/>
        <source>Questo sito ha richiesto un certificato per identificarti: %1 (INPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="116"/>
        <source>Scegli il certificato da presentare come identificativo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="125"/>
        <source>Rilasciato da: %1 · numero di serie %2 · valido fino al %3 · uso: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="132"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="134"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="143"/>
        <source>Scegli uno dei certificati dell&apos;elenco, poi premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="143"/>
        <source>INPS - Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="144"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="144"/>
        <location filename="../../ui/pages/pin_first_access.py" line="147"/>
        <source>Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="150"/>
        <source>È entrato senza PIN (con SPID o CNS): non c&apos;è un PIN INPS da modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="152"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="155"/>
        <source>Scriva il PIN che usa adesso, poi il nuovo PIN due volte. Il nuovo PIN vale 6 mesi (3 mesi per gli intermediari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="158"/>
        <source>PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="158"/>
        <source>Mostra il PIN attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="163"/>
        <source>Salva il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="190"/>
        <source>Il PIN è stato cambiato. Da ora entri con il nuovo PIN; scadrà il %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CnsLoginTab</name>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="283"/>
        <source>Autenticazione con CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="284"/>
        <source>Puoi entrare con la Tessera Sanitaria - Carta Nazionale dei Servizi (TS-CNS) in un lettore di smart card, oppure con la firma digitale su un token USB, che contiene anche il certificato CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="288"/>
        <source>Con la tessera sanitaria, prima di premere «Accedi» controlla di avere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="291"/>
        <source>un lettore di smart card collegato al computer;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="292"/>
        <source>i driver del lettore e il software della carta installati (si scaricano dal sito della tua Regione o del produttore del lettore);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="294"/>
        <source>la carta attivata (allo sportello della ASL o del Comune) e inserita nel lettore, con il chip dorato verso l&apos;alto;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="296"/>
        <source>il PIN della carta, che trovi nella busta ricevuta all&apos;attivazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="299"/>
        <source>Con la firma digitale su token USB il lettore non serve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="300"/>
        <source>inserisci il token in una porta USB del computer, premi «Accedi» e scrivi il PIN del token (è nella busta ricevuta con la firma digitale). Una guida del 2018 lo dice così: «se siete in possesso della firma digitale, token usb di Aruba, vi basterà inserire il token».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="308"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="309"/>
        <source>Apri il Portafoglio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="311"/>
        <source>SIMULAZIONE: lettore, tessera e token USB sono nel Portafoglio (pannello «Portafoglio»): da lì colleghi il lettore e inserisci la tessera, oppure inserisci il token nel computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="324"/>
        <source>lettore collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="324"/>
        <source>nessun lettore collegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="326"/>
        <source>nel lettore la tessera di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="328"/>
        <source>nessuna carta nel lettore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="330"/>
        <source>in una porta USB il token di firma digitale di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="332"/>
        <source>nessun token USB inserito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="333"/>
        <source>Sul tuo computer: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="359"/>
        <source>Hai annullato la scelta del certificato: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="368"/>
        <source>Hai annullato l&apos;inserimento del PIN: l&apos;accesso non è avvenuto. Premi «Accedi» per riprovare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeGate</name>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="53"/>
        <source>Il codice del formatore protegge la console e la chiusura delle postazioni in aula. Ne scelga uno di almeno 6 caratteri, lo scriva due volte e lo conservi: gli allievi non devono conoscerlo.</source>
        <translation>Der Code des Kursleiters schützt die Konsole und das Schließen der Arbeitsplätze im Kursraum. Wählen Sie einen Code mit mindestens 6 Zeichen, geben Sie ihn zweimal ein und bewahren Sie ihn auf: Die Lernenden dürfen ihn nicht kennen.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="57"/>
        <source>Nuovo codice del formatore</source>
        <translation>Neuer Code des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="58"/>
        <source>Ripeta il nuovo codice</source>
        <translation>Neuen Code wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="62"/>
        <source>Salva il codice</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="66"/>
        <source>Codice del formatore</source>
        <translation>Code des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/code_gate.py" line="71"/>
        <source>Mostra il codice mentre lo scrivo</source>
        <translation>Code beim Eingeben anzeigen</translation>
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
        <location filename="../../ui/pages/contacts.py" line="36"/>
        <source>Salva i contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="37"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="51"/>
        <source>I contatti sono stati aggiornati.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertPinPage</name>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="110"/>
        <source>INPS - Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="111"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="111"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="111"/>
        <location filename="../../ui/pages/pin_convert.py" line="122"/>
        <source>Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="188"/>
        <source>Per convertire il PIN acceda con il suo codice fiscale e il PIN ordinario di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="190"/>
        <location filename="../../ui/pages/pin_convert.py" line="265"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="191"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="193"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="195"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="240"/>
        <source>Lo stato del suo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="245"/>
        <source>Esito previsto entro: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="247"/>
        <location filename="../../ui/pages/pin_convert.py" line="466"/>
        <source>Le guide dicono «qualche ora»: il tempo esatto è ricostruito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="248"/>
        <location filename="../../ui/pages/pin_convert.py" line="467"/>
        <source>Vai a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="258"/>
        <source>Attenzione: non chiuda questa pagina fino alla fine della procedura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="266"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="267"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="268"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="269"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="270"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="271"/>
        <source>Indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="277"/>
        <source>Confermo che i dati anagrafici e l&apos;indirizzo di residenza sono corretti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="280"/>
        <source>Dati anagrafici e indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="292"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="293"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="293"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="297"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="297"/>
        <source>Controlli i recapiti: all&apos;indirizzo e-mail arriverà la conferma del PIN dispositivo. Servono almeno un numero di telefono e un indirizzo e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="301"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="302"/>
        <source>Scelga il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="302"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="303"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="303"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="318"/>
        <source>Documento di identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="318"/>
        <source>Indichi un documento di riconoscimento valido: dovrà allegarne la copia fronte/retro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="320"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="366"/>
        <source>Il modulo di richiesta n. %1 è pronto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="367"/>
        <source>Apri il modulo (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="368"/>
        <source>Salva il modulo sul computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="370"/>
        <source>Cosa fare adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="371"/>
        <source>1. Apra il modulo e lo salvi o lo stampi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="372"/>
        <source>2. Sul foglio stampato scriva la data e firmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="373"/>
        <source>3. Scansioni il foglio firmato insieme alla copia fronte/retro del documento di identità indicato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="376"/>
        <source>In questa simulazione stampante, scanner e fax sono sulla «Scrivania» (menu «Il mio mondo»). Da lì può anche inviare modulo e documento via fax al numero %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="380"/>
        <location filename="../../ui/pages/pin_convert.py" line="426"/>
        <source>Apri la Scrivania (stampante e scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="382"/>
        <source>Avanti: carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="390"/>
        <source>Richiesta PIN dispositivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="401"/>
        <source>Modulo salvato nella cartella «%1» del computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="412"/>
        <source>Carichi il file PDF in cui sono presenti la richiesta da lei firmata e la scansione del suo documento di riconoscimento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="417"/>
        <source>Scegli il file da caricare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="417"/>
        <source>Carica il file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="419"/>
        <source>La cartella Documenti è vuota: prima scansioni il modulo firmato insieme al documento con la «Scrivania».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="423"/>
        <source>Sono accettati file PDF fino a %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="425"/>
        <source>Il limite di dimensione dei file non è documentato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="428"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="449"/>
        <source>Il file non è stato accettato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="461"/>
        <source>Richiesta inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="464"/>
        <source>Numero della richiesta: %1. Esito previsto entro: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../ui/docks/_common.py" line="58"/>
        <source>%1 alle %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="261"/>
        <source>NUOVO</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="266"/>
        <source>non letto</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="266"/>
        <source>letto</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="320"/>
        <source>Torna ai messaggi</source>
        <translation>Zurück zu den Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="321"/>
        <location filename="../../ui/docks/lesson.py" line="158"/>
        <location filename="../../ui/docks/letterbox.py" line="134"/>
        <source>Leggi ad alta voce</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="322"/>
        <source>Legge il messaggio aperto con la voce del computer</source>
        <translation>Liest die geöffnete Nachricht mit der Stimme des Computers vor</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_common.py" line="492"/>
        <source>NUOVA</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="57"/>
        <source>È arrivato un SMS da %1</source>
        <translation>Eine SMS von %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="58"/>
        <source>È arrivata una notifica dell&apos;app %1</source>
        <translation>Eine Benachrichtigung der App %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="59"/>
        <source>Ha ricevuto una telefonata da %1</source>
        <translation>Sie haben einen Anruf von %1 erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="60"/>
        <source>È arrivata un&apos;e-mail da %1</source>
        <translation>Eine E-Mail von %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="61"/>
        <source>È arrivata una PEC da %1</source>
        <translation>Eine PEC von %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="62"/>
        <source>È arrivata una lettera da %1</source>
        <translation>Ein Brief von %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="67"/>
        <source>È arrivato un messaggio da %1</source>
        <translation>Eine Nachricht von %1 ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="72"/>
        <source>Niente di nuovo</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="74"/>
        <source>1 nuovo</source>
        <translation>1 neu</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="75"/>
        <source>%1 nuovi</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="145"/>
        <source>Nuovi</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="293"/>
        <source>Il mio mondo</source>
        <translation>Meine Welt</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="349"/>
        <source>Leggi ora</source>
        <translation>Jetzt lesen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="353"/>
        <location filename="../../ui/docks/_world.py" line="354"/>
        <source>Nascondi l&apos;avviso</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="528"/>
        <source>(e un altro messaggio nuovo)</source>
        <translation>(und eine weitere neue Nachricht)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="529"/>
        <source>(e altri %1 messaggi nuovi)</source>
        <translation>(und %1 weitere neue Nachrichten)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="590"/>
        <source>Stacca il pannello</source>
        <translation>Fenster abtrennen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/_world.py" line="590"/>
        <source>Chiudi il pannello</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/calls.py" line="42"/>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <location filename="../../ui/docks/phone.py" line="80"/>
        <location filename="../../ui/docks/phone.py" line="120"/>
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
        <location filename="../../ui/docks/phone.py" line="121"/>
        <location filename="../../ui/docks/wallet.py" line="191"/>
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
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>lunedì</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>martedì</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>mercoledì</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="30"/>
        <source>giovedì</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>venerdì</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>sabato</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="31"/>
        <source>domenica</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>gennaio</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>febbraio</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>marzo</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="32"/>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <source>maggio</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <source>giugno</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <source>luglio</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="33"/>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>ottobre</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="34"/>
        <source>dicembre</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="35"/>
        <location filename="../../ui/docks/lesson.py" line="79"/>
        <location filename="../../ui/docks/lesson.py" line="91"/>
        <source>1 ora</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="35"/>
        <location filename="../../ui/docks/lesson.py" line="88"/>
        <source>1 giorno</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="35"/>
        <source>1 settimana</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="36"/>
        <source>2 settimane</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="36"/>
        <source>6 mesi</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="38"/>
        <source>È passata 1 ora.</source>
        <translation>1 Stunde ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="39"/>
        <source>È passato 1 giorno.</source>
        <translation>1 Tag ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="40"/>
        <source>È passata 1 settimana.</source>
        <translation>1 Woche ist vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="41"/>
        <source>Sono passate 2 settimane.</source>
        <translation>2 Wochen sind vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="42"/>
        <source>Sono passati 6 mesi.</source>
        <translation>6 Monate sind vergangen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <location filename="../../ui/docks/clock.py" line="46"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <source>notifica</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="47"/>
        <source>notifiche</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <source>telefonata</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="48"/>
        <source>telefonate</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="49"/>
        <location filename="../../ui/docks/clock.py" line="50"/>
        <location filename="../../ui/docks/mail.py" line="29"/>
        <location filename="../../ui/docks/mail.py" line="82"/>
        <source>Posta elettronica</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="50"/>
        <location filename="../../ui/docks/clock.py" line="50"/>
        <location filename="../../ui/docks/mail.py" line="26"/>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="51"/>
        <source>lettera</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="51"/>
        <source>lettere</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="51"/>
        <location filename="../../ui/docks/letterbox.py" line="27"/>
        <location filename="../../ui/docks/letterbox.py" line="76"/>
        <source>Cassetta postale</source>
        <translation>Briefkasten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="56"/>
        <source>Orologio</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="72"/>
        <source>Il tempo della simulazione passa solo quando preme uno di questi pulsanti.</source>
        <translation>Die Zeit der Simulation vergeht nur, wenn Sie eine dieser Schaltflächen drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="81"/>
        <source>Fa passare %1 nella simulazione</source>
        <translation>Lässt in der Simulation %1 vergehen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="165"/>
        <source>Ora simulata: %1</source>
        <translation>Simulierte Uhrzeit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="166"/>
        <source>Data simulata: %1</source>
        <translation>Simuliertes Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="170"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1, %2. %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="187"/>
        <source>è arrivata</source>
        <translation>ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="187"/>
        <source>è arrivato</source>
        <translation>ist angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="189"/>
        <source>sono arrivate</source>
        <translation>sind angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="189"/>
        <source>sono arrivati</source>
        <translation>sind angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="190"/>
        <source>Per %1 %2 %3.</source>
        <translation>Für %1 angekommen: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/clock.py" line="211"/>
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
        <location filename="../../ui/docks/fascicolo.py" line="82"/>
        <source>Voce del Fascicolo</source>
        <translation>Eintrag der Akte</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="143"/>
        <source>Il Fascicolo previdenziale si vede dopo l&apos;accesso a MyINPS. Entri in MyINPS con le credenziali della persona scelta in «Io sono» e poi apra di nuovo questo pannello.</source>
        <translation>Die Vorsorgeakte (Fascicolo previdenziale) ist nach der Anmeldung bei MyINPS sichtbar. Melden Sie sich bei MyINPS mit den Zugangsdaten der unter «Ich bin» gewählten Person an und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="206"/>
        <source>Fascicolo: Domande presentate</source>
        <translation>Akte: Eingereichte Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="207"/>
        <source>Fascicolo: Posizione assicurativa</source>
        <translation>Akte: Versicherungsstand</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="208"/>
        <source>Fascicolo: Prestazioni</source>
        <translation>Akte: Leistungen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="209"/>
        <source>Fascicolo: Invalidità civile</source>
        <translation>Akte: Zivilinvalidität</translation>
    </message>
    <message>
        <location filename="../../ui/docks/fascicolo.py" line="210"/>
        <source>Fascicolo: Modelli</source>
        <translation>Akte: Vordrucke</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="29"/>
        <source>Allenamento</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="29"/>
        <source>Verifica</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="73"/>
        <source>meno di un minuto</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="75"/>
        <source>1 minuto</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="77"/>
        <source>%1 minuti</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="79"/>
        <location filename="../../ui/docks/lesson.py" line="91"/>
        <source>%1 ore</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="81"/>
        <source>e %1 minuti</source>
        <translation>und %1 Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="88"/>
        <source>%1 giorni</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="110"/>
        <source>Lezione</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="127"/>
        <source>Nessuna lezione in corso.</source>
        <translation>Keine Lektion läuft.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="128"/>
        <source>Scegli una lezione</source>
        <translation>Eine Lektion wählen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="155"/>
        <source>Ho capito</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="156"/>
        <source>Mostra dove</source>
        <translation>Zeigen, wo</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="157"/>
        <source>Suggerimento</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="169"/>
        <source>Ricomincia la lezione</source>
        <translation>Lektion neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="170"/>
        <source>Esci dalla lezione</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="171"/>
        <source>Rimette il mondo simulato com&apos;era all&apos;inizio della lezione e riparte dal passo 1</source>
        <translation>Setzt die simulierte Welt auf den Stand zu Beginn der Lektion zurück und beginnt wieder bei Schritt 1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="172"/>
        <source>Chiude la lezione; potrà riprenderla dal menu Lezioni</source>
        <translation>Schließt die Lektion; Sie können sie über das Menü Lektionen wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="193"/>
        <source>L&apos;attestato porta il suo nome: lo scriva qui sotto.</source>
        <translation>Die Bescheinigung trägt Ihren Namen: Schreiben Sie ihn hier unten.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="194"/>
        <source>Nome e cognome</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="197"/>
        <source>Crea l&apos;attestato</source>
        <translation>Bescheinigung erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="203"/>
        <source>Lezione successiva</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="204"/>
        <source>Attestato (PDF)</source>
        <translation>Bescheinigung (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="205"/>
        <source>Rifai la lezione</source>
        <translation>Lektion wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="206"/>
        <source>Torna all&apos;elenco delle lezioni</source>
        <translation>Zurück zur Liste der Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="207"/>
        <source>Chiudi la lezione</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="259"/>
        <source>Passo %1 di %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="263"/>
        <source>Ora faccia passare %1 con l&apos;Orologio.</source>
        <translation>Lassen Sie jetzt mit der Uhr %1 vergehen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="266"/>
        <source>Verifica: nessun suggerimento. Per superarla può sbagliare al massimo %1 volte.</source>
        <translation>Prüfung: keine Tipps. Um sie zu bestehen, dürfen Sie höchstens %1 Fehler machen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="268"/>
        <source>Verifica: nessun suggerimento. Per superarla può sbagliare al massimo una volta.</source>
        <translation>Prüfung: keine Tipps. Um sie zu bestehen, dürfen Sie höchstens einen Fehler machen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="279"/>
        <source>Se vuole, prema «Mostra dove»: le indico io dove fare clic.</source>
        <translation>Wenn Sie möchten, drücken Sie «Zeigen, wo»: Ich zeige Ihnen, wo Sie klicken müssen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="284"/>
        <source>Bene! Ecco il passo successivo.</source>
        <translation>Gut! Hier ist der nächste Schritt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="287"/>
        <source>Suggerimento: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="312"/>
        <source>La verifica «%1» è terminata.</source>
        <translation>Die Prüfung «%1» ist beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="314"/>
        <source>Complimenti! Ha completato la lezione «%1».</source>
        <translation>Glückwunsch! Sie haben die Lektion «%1» abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="317"/>
        <source>Verifica superata: %1 (ne erano ammessi al massimo %2).</source>
        <translation>Prüfung bestanden: %1 (erlaubt waren höchstens %2).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="321"/>
        <source>Verifica non superata: %1, ne erano ammessi al massimo %2. Non si scoraggi: può rifarla quando vuole, anche in Allenamento.</source>
        <translation>Prüfung nicht bestanden: %1, erlaubt waren höchstens %2. Lassen Sie sich nicht entmutigen: Sie können sie jederzeit wiederholen, auch im Training.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="326"/>
        <source>Che cosa ha fatto:</source>
        <translation>Was Sie getan haben:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="329"/>
        <source>Tempo impiegato: %1</source>
        <translation>Benötigte Zeit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="332"/>
        <source>Nel mondo simulato sono passati: %1</source>
        <translation>In der simulierten Welt sind vergangen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="334"/>
        <source>Suggerimenti usati: %1</source>
        <translation>Verwendete Tipps: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="335"/>
        <source>Errori: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="346"/>
        <source>nessun errore</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="347"/>
        <source>1 errore</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="347"/>
        <source>%1 errori</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="365"/>
        <source>Non vedo ancora dove fare clic in questa schermata. Legga di nuovo il passo qui sopra, oppure prema «Suggerimento».</source>
        <translation>Ich sehe auf diesem Bildschirm noch nicht, wo Sie klicken sollen. Lesen Sie den Schritt oben noch einmal oder drücken Sie «Tipp».</translation>
    </message>
    <message>
        <location filename="../../ui/docks/lesson.py" line="433"/>
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
        <location filename="../../ui/docks/mail.py" line="101"/>
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
        <location filename="../../ui/docks/letterbox.py" line="209"/>
        <source>Questa lettera è vuota.</source>
        <translation>Dieser Brief ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/letterbox.py" line="212"/>
        <source>Lettera</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="26"/>
        <source>Posta in arrivo</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="58"/>
        <source>Messaggi di posta</source>
        <translation>E-Mail-Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="81"/>
        <source>La posta di %1</source>
        <translation>Die E-Mails von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="97"/>
        <source>Casella PEC: %1</source>
        <translation>PEC-Postfach: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="97"/>
        <source>Questa persona non ha una casella PEC (posta elettronica certificata).</source>
        <translation>Diese Person hat kein PEC-Postfach (zertifizierte E-Mail).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="99"/>
        <source>Nessun messaggio PEC.</source>
        <translation>Keine PEC-Nachricht.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="101"/>
        <source>Questa persona non ha comunicato un indirizzo e-mail.</source>
        <translation>Diese Person hat keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="103"/>
        <source>Nessun messaggio di posta. Qui arrivano le e-mail, per esempio la prima parte del PIN.</source>
        <translation>Keine E-Mail. Hier kommen die E-Mails an, zum Beispiel der erste Teil des PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="124"/>
        <source>con allegato</source>
        <translation>mit Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="132"/>
        <source>Posta elettronica certificata (PEC)</source>
        <translation>Zertifizierte E-Mail (PEC)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="133"/>
        <source>Da %1, ricevuta il %2</source>
        <translation>Von %1, empfangen am %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="135"/>
        <source>(senza oggetto)</source>
        <translation>(ohne Betreff)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="138"/>
        <source>Allegato: %1 (PDF)</source>
        <translation>Anhang: %1 (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="139"/>
        <source>Apri l&apos;allegato</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="141"/>
        <source>Da: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="143"/>
        <source>A: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/mail.py" line="175"/>
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
        <location filename="../../ui/docks/person.py" line="189"/>
        <source>Scheda personale - %1</source>
        <translation>Personenkarte - %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/person.py" line="194"/>
        <source>Schede delle persone di prova</source>
        <translation>Karten der Testpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="93"/>
        <source>Nessun messaggio sul telefono. Qui arrivano gli SMS dell&apos;INPS, le notifiche delle app e le telefonate.</source>
        <translation>Keine Nachricht auf dem Telefon. Hier kommen die SMS des INPS, die Benachrichtigungen der Apps und die Anrufe an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="97"/>
        <source>Prema su un messaggio per leggerlo.</source>
        <translation>Drücken Sie auf eine Nachricht, um sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="98"/>
        <source>Messaggi del telefono</source>
        <translation>Nachrichten des Telefons</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="115"/>
        <source>Il cellulare di %1</source>
        <translation>Das Handy von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="117"/>
        <source>Numero: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="117"/>
        <source>Questa persona non ha comunicato un numero di cellulare.</source>
        <translation>Diese Person hat keine Handynummer angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="137"/>
        <location filename="../../ui/docks/phone.py" line="146"/>
        <source>Telefonata da %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="139"/>
        <source>Notifica: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="141"/>
        <location filename="../../ui/docks/phone.py" line="149"/>
        <source>SMS da %1</source>
        <translation>SMS von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="148"/>
        <source>Notifica dell&apos;app %1</source>
        <translation>Benachrichtigung der App %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="152"/>
        <source>Ricevuto il %1</source>
        <translation>Empfangen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="155"/>
        <source>Telefonata ricevuta il %1. Ecco cosa le hanno detto:</source>
        <translation>Anruf erhalten am %1. Das wurde Ihnen gesagt:</translation>
    </message>
    <message>
        <location filename="../../ui/docks/phone.py" line="175"/>
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
        <location filename="../../ui/docks/wallet.py" line="164"/>
        <location filename="../../ui/docks/wallet.py" line="189"/>
        <source>Portafoglio</source>
        <translation>Brieftasche</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="188"/>
        <source>Il portafoglio di %1</source>
        <translation>Die Brieftasche von %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="227"/>
        <source>Lettore di smart card</source>
        <translation>Chipkartenleser</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="231"/>
        <source>Scollega il lettore</source>
        <translation>Lesegerät trennen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="233"/>
        <source>Collega il lettore</source>
        <translation>Lesegerät anschließen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="237"/>
        <source>Il lettore è collegato al computer e i driver sono installati.</source>
        <translation>Das Lesegerät ist mit dem Computer verbunden und die Treiber sind installiert.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="238"/>
        <source>Il lettore non è collegato al computer.</source>
        <translation>Das Lesegerät ist nicht mit dem Computer verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="240"/>
        <source>Nel lettore non c&apos;è nessuna carta.</source>
        <translation>Im Lesegerät steckt keine Karte.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="242"/>
        <source>Nel lettore c&apos;è la tessera di %1.</source>
        <translation>Im Lesegerät steckt die Karte von %1.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="246"/>
        <source>Tessera Sanitaria - Carta Nazionale dei Servizi</source>
        <translation>Gesundheitskarte - Carta Nazionale dei Servizi</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="249"/>
        <source>Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare usi il PIN o SPID.</source>
        <translation>Diese Person hat keine als CNS aktivierte Gesundheitskarte: Melden Sie sich mit dem PIN oder mit SPID an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="251"/>
        <source>Questa persona non ha una Tessera Sanitaria attivata come CNS: per entrare con la CNS usi il token USB qui sopra, oppure il PIN o SPID.</source>
        <translation>Diese Person hat keine als CNS aktivierte Gesundheitskarte: Um sich mit der CNS anzumelden, verwenden Sie den USB-Token oben, oder melden Sie sich mit dem PIN oder mit SPID an.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="258"/>
        <source>TESSERA SANITARIA</source>
        <translation>TESSERA SANITARIA</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="258"/>
        <source>Carta Nazionale dei Servizi</source>
        <translation>Carta Nazionale dei Servizi</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="259"/>
        <source>La carta è nel lettore.</source>
        <translation>Die Karte steckt im Lesegerät.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="260"/>
        <source>La carta è nel portafoglio.</source>
        <translation>Die Karte ist in der Brieftasche.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="262"/>
        <source>Togli dal lettore</source>
        <translation>Aus dem Lesegerät nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="264"/>
        <source>Inserisci nel lettore</source>
        <translation>In das Lesegerät stecken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="267"/>
        <source>Nel computer c&apos;è un token USB: toglilo prima di sbloccare la tessera.</source>
        <translation>Im Computer steckt ein USB-Token: Ziehen Sie ihn ab, bevor Sie die Karte entsperren.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="271"/>
        <source>Nel lettore c&apos;è la tessera di un&apos;altra persona: toglila prima di inserire questa.</source>
        <translation>Im Lesegerät steckt die Karte einer anderen Person: Nehmen Sie sie heraus, bevor Sie diese einstecken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="275"/>
        <source>Token USB di firma digitale</source>
        <translation>USB-Token für die digitale Signatur</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="280"/>
        <source>FIRMA DIGITALE - CNS</source>
        <translation>FIRMA DIGITALE - CNS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="281"/>
        <source>Titolare: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="282"/>
        <source>Numero: %1 · scadenza del certificato %2</source>
        <translation>Nummer: %1 · Zertifikat gültig bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="285"/>
        <source>Il lettore di smart card non serve: il token va direttamente in una porta USB del computer.</source>
        <translation>Ein Chipkartenleser ist nicht nötig: Der Token wird direkt in einen USB-Anschluss des Computers gesteckt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="287"/>
        <location filename="../../ui/docks/wallet.py" line="442"/>
        <source>Il token è nel computer.</source>
        <translation>Der Token steckt im Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="288"/>
        <location filename="../../ui/docks/wallet.py" line="442"/>
        <source>Il token è nel portafoglio.</source>
        <translation>Der Token ist in der Brieftasche.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="291"/>
        <source>Togli il token dal computer</source>
        <translation>Token aus dem Computer ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="293"/>
        <source>Inserisci il token nel computer</source>
        <translation>Token in den Computer stecken</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="295"/>
        <source>Per sbloccarlo con il PUK, prima inserisci il token nel computer.</source>
        <translation>Um ihn mit dem PUK zu entsperren, stecken Sie den Token zuerst in den Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="298"/>
        <source>Nel computer c&apos;è il token di un&apos;altra persona: toglilo prima di inserire questo.</source>
        <translation>Im Computer steckt der Token einer anderen Person: Ziehen Sie ihn ab, bevor Sie diesen einstecken.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="304"/>
        <source>Token bloccato in modo definitivo: serve un nuovo dispositivo di firma digitale.</source>
        <translation>Token endgültig gesperrt: Es wird ein neues Gerät für die digitale Signatur benötigt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="305"/>
        <source>Carta bloccata in modo definitivo: serve una tessera nuova.</source>
        <translation>Karte endgültig gesperrt: Es wird eine neue Karte benötigt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="307"/>
        <source>Token bloccato: PIN sbagliato 3 volte. Si sblocca con il PUK.</source>
        <translation>Token gesperrt: PIN dreimal falsch eingegeben. Er wird mit dem PUK entsperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="308"/>
        <source>Carta bloccata: PIN sbagliato 3 volte. Si sblocca con il PUK.</source>
        <translation>Karte gesperrt: PIN dreimal falsch eingegeben. Sie wird mit dem PUK entsperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="320"/>
        <source>Busta del token: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).</source>
        <translation>Umschlag des Tokens: PIN %1 · PUK %2 (wenn Sie schon einen neuen PIN gewählt haben, gilt der neue).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="322"/>
        <source>Busta della carta: PIN %1 · PUK %2 (se hai già scelto un nuovo PIN, vale quello nuovo).</source>
        <translation>Umschlag der Karte: PIN %1 · PUK %2 (wenn Sie schon einen neuen PIN gewählt haben, gilt der neue).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="324"/>
        <source>Nascondi PIN e PUK</source>
        <translation>PIN und PUK ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="327"/>
        <source>Mostra PIN e PUK</source>
        <translation>PIN und PUK anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="329"/>
        <source>Sblocca con il PUK</source>
        <translation>Mit dem PUK entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="338"/>
        <source>Identità SPID</source>
        <translation>SPID-Identität</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="340"/>
        <source>Questa persona non ha un&apos;identità SPID.</source>
        <translation>Diese Person hat keine SPID-Identität.</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="344"/>
        <source>notifica nell&apos;app %1 oppure SMS</source>
        <translation>Benachrichtigung in der App %1 oder SMS</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="345"/>
        <source>codice via SMS al cellulare</source>
        <translation>Code per SMS an das Handy</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="347"/>
        <source>Gestore: %1 (livello %2)</source>
        <translation>Anbieter: %1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="348"/>
        <source>Nome utente: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="349"/>
        <source>Stato: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="350"/>
        <source>Secondo passaggio: %1</source>
        <translation>Zweiter Schritt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="356"/>
        <source>Password: %1 (se l&apos;hai cambiata, vale quella nuova).</source>
        <translation>Passwort: %1 (wenn Sie es geändert haben, gilt das neue).</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="358"/>
        <source>Nascondi password</source>
        <translation>Passwort ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/docks/wallet.py" line="361"/>
        <source>Mostra password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Ricevuta il %1</source>
        <translation type="vanished">Empfangen am %1</translation>
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
        <location filename="../../ui/pages/domande.py" line="590"/>
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
        <location filename="../../ui/pages/domande.py" line="527"/>
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
        <location filename="../../ui/pages/domande.py" line="466"/>
        <source>(facoltativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="484"/>
        <source>Scelga una voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="527"/>
        <source>Chiudi aiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="555"/>
        <source>Alcuni dati dei passi precedenti non sono corretti: prema «Indietro» per correggerli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="574"/>
        <source>Domanda inviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="575"/>
        <source>La sua domanda «%1» è stata acquisita il %2 alle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="580"/>
        <source>Numero di protocollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="582"/>
        <source>Numero di protocollo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="584"/>
        <source>Conservi il numero di protocollo: identifica la domanda. La ricevuta è anche nella sua casella di posta elettronica, se ne ha indicata una. Lo stato di avanzamento si vede in «Le mie domande»; l&apos;esito arriverà per posta all&apos;indirizzo di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="588"/>
        <source>Apri la ricevuta (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="591"/>
        <source>Dettaglio della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/domande.py" line="597"/>
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
        <location filename="../../ui/pages/fascicolo_views.py" line="158"/>
        <source>Protocollo: %1 · presentata il %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="160"/>
        <source>Stato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="163"/>
        <source>Stato di avanzamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="165"/>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="169"/>
        <source>La domanda è ancora in lavorazione: l&apos;esito comparirà qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="171"/>
        <source>Che cosa è stato riconosciuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="174"/>
        <source>Apri il PDF della domanda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="177"/>
        <source>Il PDF sarà disponibile quando la domanda sarà accolta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="179"/>
        <source>Apri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="199"/>
        <source>Protocollo: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="206"/>
        <source>Apri la lettera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="218"/>
        <source>Situazione aggiornata al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="219"/>
        <source>Contributi utili per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="219"/>
        <source>%1 settimane (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="221"/>
        <source>Contributi utili per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="221"/>
        <source>%1 settimane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="222"/>
        <source>Totale retribuzioni / redditi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="225"/>
        <source>Totale contributi accreditati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="228"/>
        <source>Apri l&apos;estratto conto in PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="229"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="229"/>
        <source>Tipo di
contribuzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="230"/>
        <source>Committente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="230"/>
        <source>Datore di lavoro /
Fondo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="231"/>
        <source>Settimane
per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="231"/>
        <source>Settimane
per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="231"/>
        <source>Retribuzione /
Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="233"/>
        <source>Contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="234"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="237"/>
        <source>dal %1
al %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="243"/>
        <source>Totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="243"/>
        <source>%1 periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="250"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="251"/>
        <source>Periodi contributivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="253"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <source>Totali per anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="256"/>
        <source>Totale generale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <location filename="../../ui/pages/fascicolo_views.py" line="313"/>
        <source>Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <source>Periodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="258"/>
        <source>Settimane per il diritto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="259"/>
        <source>Settimane per il calcolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="259"/>
        <source>Retribuzione / Reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="261"/>
        <source>Settimane per il diritto: contano per raggiungere il requisito della pensione. Per il calcolo: contano per l&apos;importo (un anno di part-time al 50% vale 52 settimane per il diritto e 26 per il calcolo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="271"/>
        <source>Categoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="272"/>
        <source>Numero di certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="273"/>
        <source>Fondo / gestione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="274"/>
        <source>Sede INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="274"/>
        <source>Sede di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="275"/>
        <source>Decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="276"/>
        <source>Importo mensile lordo alla decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="277"/>
        <source>Importo mensile lordo attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="278"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="282"/>
        <source>Ultimo pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="282"/>
        <source>%1 il %2, netto %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="284"/>
        <source>Pensione: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="288"/>
        <source>Vedi i pagamenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="290"/>
        <source>Certificato di pensione ObisM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="302"/>
        <source>Totale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="332"/>
        <source>Nel %1 l&apos;INPS ha pagato %2 lordi; trattenute %3; netto %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="335"/>
        <source>Pagamenti del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="341"/>
        <source>Le addizionali regionale e comunale si trattengono da gennaio a novembre; a dicembre si paga anche la tredicesima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="351"/>
        <source>Numero del certificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="352"/>
        <source>Medico certificatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="353"/>
        <source>Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="354"/>
        <source>Diagnosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="355"/>
        <source>Domanda collegata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="355"/>
        <source>nessuna: la domanda va presentata entro 90 giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="357"/>
        <source>Certificato medico introduttivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="368"/>
        <source>Apri %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="388"/>
        <source>Apri il cedolino di %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="393"/>
        <source>netto pagato %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="395"/>
        <source>(con la tredicesima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="409"/>
        <source>Dove si presenta il 730</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="420"/>
        <source>Vedi la pensione titolare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="437"/>
        <source>la Certificazione Unica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="438"/>
        <source>il CUD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo_views.py" line="441"/>
        <source>il certificato ObisM %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FascicoloPage</name>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="61"/>
        <source>Menù del Fascicolo previdenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="94"/>
        <source>Sezione aperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="154"/>
        <location filename="../../ui/pages/fascicolo.py" line="155"/>
        <location filename="../../ui/pages/fascicolo.py" line="174"/>
        <source>Fascicolo previdenziale del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="155"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="155"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="176"/>
        <source>Per vedere il Fascicolo entri in MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="180"/>
        <source>Cassetto previdenziale del cittadino di %1 - codice fiscale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="183"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="193"/>
        <source>Menù</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="194"/>
        <source>Prema un titolo per aprire le sue voci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="218"/>
        <source>Vuole tenere questa sezione sotto gli occhi mentre ne apre un&apos;altra? La apra in un pannello a lato: i pannelli si possono affiancare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="220"/>
        <source>Apri in un pannello a lato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="225"/>
        <source>Le sezioni del Fascicolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/fascicolo.py" line="226"/>
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
        <location filename="../../ui/pages/pin_first_access.py" line="29"/>
        <source>INPS - Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="30"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="30"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="30"/>
        <location filename="../../ui/pages/pin_first_access.py" line="41"/>
        <location filename="../../ui/pages/pin_first_access.py" line="57"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="42"/>
        <source>Per scegliere un nuovo PIN entri prima con il codice fiscale e il PIN che ha ricevuto: il sistema la porterà qui da solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="45"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="59"/>
        <source>Il suo PIN è scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="61"/>
        <source>È il momento di passare al PIN di 8 caratteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="64"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="72"/>
        <source>Scelga il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="73"/>
        <source>Codice fiscale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="77"/>
        <source>Alcune guide dicono che il nuovo PIN di 8 caratteri viene creato automaticamente dal sistema: qui può sceglierlo lei oppure premere «Generi il PIN per me».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="80"/>
        <source>Generi il PIN per me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="86"/>
        <source>Conferma il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="87"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="99"/>
        <source>PIN generato: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_first_access.py" line="100"/>
        <source>Il sistema ha generato il suo nuovo PIN. Lo scriva su un foglio adesso, poi prema «Conferma il nuovo PIN».</source>
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
        <location filename="../../ui/pages/home.py" line="224"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="201"/>
        <location filename="../../ui/pages/home.py" line="210"/>
        <source>Servizi Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="215"/>
        <source>Al servizio del cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="218"/>
        <source>Per l&apos;accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall&apos;INPS oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS). La prima volta si entra con il PIN di 16 caratteri ricevuto in due parti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="225"/>
        <source>Converti PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="233"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="234"/>
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
        <location filename="../../ui/pages/welcome.py" line="265"/>
        <source>Il suo nome - Palestra INPS</source>
        <translation>Ihr Name - Palestra INPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="269"/>
        <source>Il suo nome</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="270"/>
        <source>Il nome di chi si esercita: compare sull&apos;attestato quando supera una verifica. Non è il nome della persona di prova che impersona nel portale (quella si sceglie in «Io sono»).</source>
        <translation>Der Name der Person, die übt: Er steht auf der Bescheinigung, wenn Sie eine Prüfung bestehen. Es ist nicht der Name der Testperson, die Sie im Portal spielen (diese wählen Sie unter «Ich bin»).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="279"/>
        <source>Torna all&apos;elenco delle lezioni</source>
        <translation>Zurück zur Liste der Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="282"/>
        <source>Fatto: ora si esercita come %1.</source>
        <translation>Erledigt: Sie üben jetzt als %1.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../../ui/pages/learners.py" line="29"/>
        <source>Chi si esercita? - Palestra INPS</source>
        <translation>Wer übt? - Palestra INPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="39"/>
        <location filename="../../ui/pages/learners.py" line="70"/>
        <source>Chi si esercita?</source>
        <translation>Wer übt?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="40"/>
        <source>Questo mondo simulato non appartiene a un&apos;aula: qui si esercita una sola persona.</source>
        <translation>Diese simulierte Welt gehört zu keinem Kursraum: Hier übt nur eine Person.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="59"/>
        <source>Prima di iniziare: il codice del formatore</source>
        <translation>Vor dem Beginn: der Code des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="60"/>
        <source>Questa postazione è in modalità aula. Il formatore sceglie ora il suo codice: servirà per chiudere il programma e per aprire la console del formatore. Almeno 6 caratteri, da scrivere due volte. Poi gli allievi potranno scegliere il loro nome.</source>
        <translation>Dieser Arbeitsplatz ist im Kursraum-Modus. Der Kursleiter wählt jetzt seinen Code: Er wird zum Schließen des Programms und zum Öffnen der Konsole des Kursleiters benötigt. Mindestens 6 Zeichen, zweimal einzugeben. Danach können die Lernenden ihren Namen wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="71"/>
        <source>Scelga il suo nome. Ogni allievo ha il suo mondo simulato: ritrova tutto come l&apos;aveva lasciato, e nessun altro lo può cambiare.</source>
        <translation>Wählen Sie Ihren Namen. Jeder Lernende hat seine eigene simulierte Welt: Sie finden alles so vor, wie Sie es verlassen haben, und niemand sonst kann es ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="85"/>
        <source>La classe</source>
        <translation>Die Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="92"/>
        <source>%1 (ora qui)</source>
        <translation>%1 (jetzt hier)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="100"/>
        <source>Nella classe non c&apos;è ancora nessuno: scriva qui sotto il suo nome.</source>
        <translation>In der Klasse ist noch niemand: Schreiben Sie unten Ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="102"/>
        <source>Codice dell&apos;allievo</source>
        <translation>Code des Lernenden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="103"/>
        <source>Il codice breve che le ha dato il formatore, per esempio K7MR.</source>
        <translation>Der kurze Code, den Ihnen der Kursleiter gegeben hat, zum Beispiel K7MR.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="105"/>
        <source>Il suo nome</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="106"/>
        <source>Nome e cognome, o come la chiama il formatore.</source>
        <translation>Vor- und Nachname, oder wie der Kursleiter Sie nennt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="108"/>
        <source>Aggiungi il mio nome e inizia</source>
        <translation>Meinen Namen hinzufügen und beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="110"/>
        <source>Ha un codice?</source>
        <translation>Haben Sie einen Code?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="111"/>
        <source>Entra con il codice</source>
        <translation>Mit dem Code eintreten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="112"/>
        <source>È la prima volta?</source>
        <translation>Sind Sie zum ersten Mal hier?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="115"/>
        <source>Torna al motore di ricerca senza cambiare allievo</source>
        <translation>Zurück zur Suchmaschine, ohne den Lernenden zu wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="144"/>
        <source>Scriva il codice che le ha dato il formatore.</source>
        <translation>Geben Sie den Code ein, den Ihnen der Kursleiter gegeben hat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="152"/>
        <source>Nessun allievo ha il codice «%1». Controlli le lettere e le cifre, oppure scelga il suo nome nell&apos;elenco.</source>
        <translation>Kein Lernender hat den Code «%1». Prüfen Sie die Buchstaben und Ziffern, oder wählen Sie Ihren Namen in der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/learners.py" line="170"/>
        <source>Nella classe c&apos;è già «%1»: se è lei, prema il suo nome nell&apos;elenco qui sopra. Se è un&apos;altra persona con lo stesso nome, prema di nuovo «Aggiungi il mio nome e inizia».</source>
        <translation>In der Klasse gibt es bereits «%1»: Wenn Sie das sind, drücken Sie oben in der Liste auf Ihren Namen. Wenn es eine andere Person mit demselben Namen ist, drücken Sie noch einmal «Meinen Namen hinzufügen und beginnen».</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/pages/login.py" line="39"/>
        <source>INPS - Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="40"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="40"/>
        <location filename="../../ui/pages/login.py" line="43"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="44"/>
        <source>SIMULAZIONE: questa è una pagina di prova di Palestra INPS. Usi solo i dati delle persone di fantasia (li trova nella «Scheda personale»). Non scriva mai qui il suo vero codice fiscale, PIN o password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="68"/>
        <source>Per l&apos;accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall&apos;INPS oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="71"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="72"/>
        <source>Hai smarrito il tuo PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="73"/>
        <source>Richiedi e gestisci il tuo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="91"/>
        <source>Modalità di accesso non disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/login.py" line="94"/>
        <source>Accesso con %1</source>
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
        <location filename="../../ui/pages/pin_lost.py" line="24"/>
        <source>INPS - Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="25"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="25"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="25"/>
        <location filename="../../ui/pages/pin_lost.py" line="44"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="45"/>
        <source>Se non ricorda più il PIN può recuperarlo online. Scelga il modo giusto per lei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="47"/>
        <location filename="../../ui/pages/pin_lost.py" line="50"/>
        <location filename="../../ui/pages/pin_lost.py" line="74"/>
        <source>Ripristina il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="51"/>
        <source>Se ha ancora il cellulare e l&apos;indirizzo e-mail (o PEC) indicati quando ha richiesto il PIN. Le verrà inviata una prima parte del nuovo PIN via e-mail o PEC e l&apos;altra via SMS: unendo le due parti potrà entrare di nuovo in pochi minuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="58"/>
        <location filename="../../ui/pages/pin_lost.py" line="64"/>
        <location filename="../../ui/pages/pin_lost.py" line="105"/>
        <location filename="../../ui/pages/pin_lost.py" line="111"/>
        <location filename="../../ui/pages/pin_lost.py" line="124"/>
        <source>Revoca PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="59"/>
        <source>Se non ha più a disposizione l&apos;e-mail, il cellulare o la PEC, oppure se non ha mai usato il PIN. Servono il numero e la data di scadenza della tessera sanitaria. Dopo la revoca potrà richiedere un nuovo PIN: la prima parte arriva subito, la seconda per posta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="63"/>
        <source>Che un PIN mai usato non si possa ripristinare non è documentato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="66"/>
        <source>Può anche chiamare il Contact Center: 803 164 (gratuito da rete fissa) oppure 06 164 164 (da rete mobile, a pagamento secondo il suo piano tariffario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="69"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="75"/>
        <source>Scriva il codice fiscale e gli stessi recapiti che ha indicato quando ha richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="78"/>
        <location filename="../../ui/pages/pin_lost.py" line="115"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="79"/>
        <source>Cellulare indicato nella richiesta del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="80"/>
        <source>es. 3401234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="81"/>
        <source>E-mail o PEC indicata nella richiesta del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="85"/>
        <source>Ripristina PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="87"/>
        <source>Non ho più quei recapiti: revoca il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="89"/>
        <location filename="../../ui/pages/pin_lost.py" line="126"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="107"/>
        <source>Vai all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="112"/>
        <source>Il PIN revocato non potrà più essere usato. Dopo la revoca potrà richiedere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="116"/>
        <source>Numero della tessera sanitaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="117"/>
        <source>20 cifre, sul retro della tessera sanitaria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="118"/>
        <source>Data di scadenza della tessera sanitaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="119"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="120"/>
        <source>E-mail per la conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_lost.py" line="143"/>
        <source>Richiedi un nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/browser/window.py" line="129"/>
        <source>Palestra INPS - simulazione del portale INPS</source>
        <translation>Palestra INPS - Simulation des INPS-Portals</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="195"/>
        <source>Indietro</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="196"/>
        <source>Avanti</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="197"/>
        <source>Ricarica</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="198"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="199"/>
        <location filename="../../ui/browser/window.py" line="301"/>
        <location filename="../../ui/browser/window.py" line="607"/>
        <location filename="../../ui/browser/window.py" line="631"/>
        <source>Nuova scheda</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="200"/>
        <location filename="../../ui/browser/window.py" line="625"/>
        <source>Chiudi scheda</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="201"/>
        <source>Ingrandisci</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="202"/>
        <source>Riduci</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="203"/>
        <source>Dimensione normale</source>
        <translation>Normale Größe</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="204"/>
        <source>Vai alla barra degli indirizzi</source>
        <translation>Zur Adressleiste</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="205"/>
        <location filename="../../ui/browser/window.py" line="1023"/>
        <source>Ricomincia da capo</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="206"/>
        <source>Esci dal programma</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="207"/>
        <source>Caratteri grandi</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="212"/>
        <source>Navigazione</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="221"/>
        <source>Indirizzo</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="222"/>
        <source>Scriva un indirizzo o una ricerca e prema Invio</source>
        <translation>Geben Sie eine Adresse oder einen Suchbegriff ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="232"/>
        <source>Zoom del programma: premere per tornare alla dimensione normale</source>
        <translation>Zoom des Programms: drücken, um zur normalen Größe zurückzukehren</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="233"/>
        <source>Torna alla dimensione normale (Ctrl+0)</source>
        <translation>Zurück zur normalen Größe (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="239"/>
        <source>Io sono:</source>
        <translation>Ich bin:</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="243"/>
        <source>Io sono</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="259"/>
        <location filename="../../ui/browser/window.py" line="260"/>
        <source>Altri comandi</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="268"/>
        <source>SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell&apos;INPS. Persone e codici sono di fantasia: non scriva mai credenziali vere.</source>
        <translation>SIMULATION - Palestra INPS: ein Übungsportal, nicht die Website des INPS. Personen und Codes sind erfunden: Geben Sie niemals echte Zugangsdaten ein.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="284"/>
        <location filename="../../ui/browser/window.py" line="285"/>
        <source>Chiudi l&apos;avviso</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="295"/>
        <source>Schede</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="302"/>
        <source>Nuova scheda (Ctrl+T)</source>
        <translation>Neuer Tab (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="306"/>
        <source>Preparazione del mondo simulato…</source>
        <translation>Die simulierte Welt wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="314"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="317"/>
        <source>&amp;Visualizza</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="324"/>
        <source>&amp;Il mio mondo</source>
        <translation>&amp;Meine Welt</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="325"/>
        <source>&amp;Simulazione</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="328"/>
        <source>Cambia allievo</source>
        <translation>Lernenden wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="330"/>
        <source>Console del formatore</source>
        <translation>Konsole des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="383"/>
        <source>Il mio mondo</source>
        <translation>Meine Welt</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="637"/>
        <source>Chiudi la scheda «%1» (Ctrl+W)</source>
        <translation>Tab «%1» schließen (Strg+W)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="846"/>
        <source>SIMULAZIONE - un portale di prova, non il sito dell&apos;INPS: non scriva mai credenziali vere.</source>
        <translation>SIMULATION - ein Übungsportal, nicht die Website des INPS: Geben Sie niemals echte Zugangsdaten ein.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="908"/>
        <source>L&apos;accesso a MyINPS di %1 è stato chiuso, perché ora al computer c&apos;è %2 («Io sono»). Per vedere i dati di %2 si entra con le sue credenziali.</source>
        <translation>Die Anmeldung von %1 bei MyINPS wurde beendet, weil jetzt %2 am Computer sitzt («Ich bin»). Um die Daten von %2 zu sehen, meldet man sich mit deren Zugangsdaten an.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="982"/>
        <source>Il formatore le ha assegnato la lezione «%1» (%2): la trova nel menu Lezioni, alla voce Elenco delle lezioni.</source>
        <translation>Der Kursleiter hat Ihnen die Lektion «%1» (%2) zugewiesen: Sie finden sie im Menü Lektionen unter Liste der Lektionen.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1010"/>
        <source>Data simulata: %1</source>
        <translation>Simuliertes Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1015"/>
        <source>Nessun accesso a MyINPS</source>
        <translation>Nicht bei MyINPS angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1017"/>
        <source>Accesso come %1 con %2</source>
        <translation>Angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1024"/>
        <source>Tutto ciò che è stato fatto nella simulazione sarà cancellato e le persone di prova torneranno allo stato iniziale. Continuare?</source>
        <translation>Alles, was in der Simulation getan wurde, wird gelöscht, und die Testpersonen kehren in den Anfangszustand zurück. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1061"/>
        <source>%1 - Palestra INPS (simulazione)</source>
        <translation>%1 - Palestra INPS (Simulation)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/window.py" line="1075"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/__init__.py" line="329"/>
        <source>Ho finito</source>
        <translation>Ich bin fertig</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/__init__.py" line="331"/>
        <source>Ho finito: torna all&apos;elenco degli allievi (il lavoro resta salvato)</source>
        <translation>Ich bin fertig: zurück zur Liste der Lernenden (die Arbeit bleibt gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="58"/>
        <source>SIMULAZIONE - Palestra INPS: un portale di prova, non il sito dell&apos;INPS.</source>
        <translation>SIMULATION - Palestra INPS: ein Übungsportal, nicht die Website des INPS.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="143"/>
        <source>Avviso di inattività</source>
        <translation>Hinweis bei Untätigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="145"/>
        <source>È ancora qui?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="148"/>
        <source>Continuo</source>
        <translation>Ich mache weiter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="150"/>
        <source>Ho finito: torna all&apos;elenco degli allievi</source>
        <translation>Ich bin fertig: zurück zur Liste der Lernenden</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="172"/>
        <source>Chiudere il programma</source>
        <translation>Programm schließen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="174"/>
        <source>Chiudere il programma?</source>
        <translation>Programm schließen?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="175"/>
        <source>In aula solo il formatore può chiudere il programma. Scriva il codice del formatore, oppure torni all&apos;esercizio.</source>
        <translation>Im Kursraum kann nur der Kursleiter das Programm schließen. Geben Sie den Code des Kursleiters ein oder kehren Sie zur Übung zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="177"/>
        <source>Chiudi il programma</source>
        <translation>Programm schließen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/overlay.py" line="178"/>
        <source>Annulla: torno all&apos;esercizio</source>
        <translation>Abbrechen: zurück zur Übung</translation>
    </message>
    <message>
        <source>Cancella l&apos;indirizzo</source>
        <translation type="vanished">Adresse löschen</translation>
    </message>
    <message>
        <source>Zoom della pagina: premere per tornare alla dimensione normale</source>
        <translation type="vanished">Zoom der Seite: drücken, um zur normalen Größe zurückzukehren</translation>
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
        <location filename="../../ui/pages/home.py" line="258"/>
        <source>INPS - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="259"/>
        <source>INPS - Notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="265"/>
        <source>Notizia non trovata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="266"/>
        <source>La notizia che cerca non è disponibile. Qui sotto trova tutte le notizie pubblicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="269"/>
        <source>Notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="273"/>
        <source>Notizia del %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="279"/>
        <source>Per saperne di più</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="284"/>
        <source>Tutte le notizie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="285"/>
        <location filename="../../ui/pages/home.py" line="296"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="291"/>
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
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="25"/>
        <source>Documento: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="36"/>
        <source>Salva</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="37"/>
        <source>Stampa</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="38"/>
        <source>Ingrandisci</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="39"/>
        <source>Riduci</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="40"/>
        <source>Chiudi</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="41"/>
        <source>Leggi ad alta voce</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="56"/>
        <source>Pagine del documento</source>
        <translation>Seiten des Dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="126"/>
        <source>Salva il documento</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="126"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="134"/>
        <source>Non è stato possibile salvare il file: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="136"/>
        <source>Documento salvato in %1</source>
        <translation>Dokument gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="157"/>
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
        <location filename="../../ui/pages/cns_login.py" line="161"/>
        <source>Inserimento PIN del token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="161"/>
        <source>Inserimento PIN della carta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="168"/>
        <source>Per usare il certificato «%1» scrivi il PIN del token USB (lo trovi nella busta ricevuta con la firma digitale) e premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="171"/>
        <source>Per usare il certificato «%1» scrivi il PIN della carta (lo trovi nella busta ricevuta con la tessera) e premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="174"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="178"/>
        <source>Sblocca con il PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="180"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="181"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="217"/>
        <source>Scrivilo qui e premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDispositivoPage</name>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="65"/>
        <source>INPS - PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="66"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="66"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="66"/>
        <source>PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="69"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="70"/>
        <source>PIN INPS ordinario: è necessario per fruire dei servizi di consultazione di dati relativi alla propria posizione contributiva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="73"/>
        <source>PIN INPS dispositivo: è necessario per richiedere all&apos;Istituto le prestazioni e i benefici economici ai quali si ha diritto per legge. Per ottenerlo il cittadino deve inviare online o via fax copia del proprio documento di identità o recarsi presso una Sede Inps per farsi identificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="77"/>
        <source>CONVERTI PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="79"/>
        <source>Online: converti il PIN ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="80"/>
        <source>1. Premi «Converti PIN» e accedi con codice fiscale e PIN ordinario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="81"/>
        <source>2. Conferma i dati anagrafici, l&apos;indirizzo e i recapiti e inserisci i dati di un documento di riconoscimento valido (carta d&apos;identità, patente o passaporto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="83"/>
        <source>3. Scarica il foglio di richiesta, stampalo, scrivi la data e firmalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="84"/>
        <source>4. Scansiona il foglio firmato insieme al documento di riconoscimento e carica il file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="90"/>
        <source>Via fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="91"/>
        <source>Dopo aver scaricato e firmato il modulo con «Converti PIN», puoi inviarlo con una fotocopia fronte/retro del documento di riconoscimento al numero %1. Dopo qualche ora riceverai un&apos;e-mail con l&apos;esito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="96"/>
        <source>In sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="97"/>
        <source>Presso una Sede INPS, compilando il modello MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede» ed esibendo un documento di identità valido: l&apos;operatore consegna il PIN in busta chiusa, già di tipo dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="100"/>
        <source>Sede INPS di Pavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_convert.py" line="102"/>
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
        <location filename="../../ui/pages/pin_gate.py" line="62"/>
        <source>SPID e CNS non bastano ancora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="67"/>
        <source>Oppure entrare con SPID o CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="69"/>
        <source>Entra con SPID o CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_gate.py" line="71"/>
        <source>Torna a MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinLockedPage</name>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="116"/>
        <source>INPS - PIN bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="117"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="117"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="117"/>
        <source>PIN bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="120"/>
        <source>Il suo PIN è bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="122"/>
        <source>Il codice fiscale o il PIN sono stati scritti in modo sbagliato %1 volte di seguito. Per proteggere i suoi dati il PIN è stato bloccato: anche il PIN giusto, adesso, non funziona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="126"/>
        <source>Le guide non dicono dopo quanti errori il PIN si blocca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="127"/>
        <source>Non si preoccupi: può riavere l&apos;accesso in uno di questi modi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="129"/>
        <source>1. Ripristinare il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="130"/>
        <source>Se ha ancora il cellulare e l&apos;indirizzo e-mail (o PEC) indicati quando ha richiesto il PIN: riceverà subito un nuovo PIN in due parti, una per e-mail e una per SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="132"/>
        <source>Ripristina il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="135"/>
        <source>2. Revocare il PIN e richiederne uno nuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="136"/>
        <source>Se non ha più quel cellulare o quell&apos;e-mail: serve la tessera sanitaria (numero e data di scadenza). Poi potrà richiedere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="138"/>
        <source>Revoca il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="140"/>
        <source>Apri il telefono per chiamare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="142"/>
        <source>3. Chiamare il Contact Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="143"/>
        <source>Numero verde 803 164, gratuito da rete fissa, oppure 06 164 164 da rete mobile (a pagamento in base al piano tariffario del gestore telefonico).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="147"/>
        <source>Torna all&apos;Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="148"/>
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
        <location filename="../../ui/pages/pin_login.py" line="90"/>
        <source>INPS - Avviso sul PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="91"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="91"/>
        <source>Autenticazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="91"/>
        <source>Avviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="95"/>
        <source>Accesso eseguito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="99"/>
        <source>Con il PIN ordinario può consultare i suoi dati (ad esempio il Fascicolo previdenziale). Per presentare una domanda serve il PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="102"/>
        <source>Vuoi il PIN dispositivo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="104"/>
        <source>Il suo accesso è stato eseguito correttamente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="105"/>
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
        <location filename="../../ui/pages/pin_login.py" line="28"/>
        <location filename="../../ui/pages/pin_login.py" line="28"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="29"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="30"/>
        <source>Il PIN di 8 caratteri oppure, la prima volta, quello di 16 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_login.py" line="34"/>
        <source>Accedi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRequestPage</name>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="34"/>
        <source>Passo 1 di 3: codice fiscale e residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="35"/>
        <source>Passo 2 di 3: dati anagrafici, residenza e recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="36"/>
        <source>Passo 3 di 3: riepilogo dei dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="42"/>
        <source>INPS - Richiesta PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="43"/>
        <source>Prestazioni e Servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="43"/>
        <source>Richiesta PIN On Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="43"/>
        <source>Richiedi PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="52"/>
        <source>Richiedi il tuo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="58"/>
        <source>Modulo di richiesta del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="70"/>
        <source>Esito della richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="105"/>
        <source>C&apos;è un dato da correggere: lo trova scritto in rosso sotto il campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="106"/>
        <source>Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="138"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="139"/>
        <source>Lo trova sulla tessera sanitaria: 16 caratteri, lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="140"/>
        <location filename="../../ui/pages/pin_request.py" line="231"/>
        <source>Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="140"/>
        <location filename="../../ui/pages/pin_request.py" line="175"/>
        <source>Italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="141"/>
        <location filename="../../ui/pages/pin_request.py" line="175"/>
        <source>Estera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="145"/>
        <location filename="../../ui/pages/pin_request.py" line="259"/>
        <location filename="../../ui/pages/pin_request.py" line="310"/>
        <source>Avanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="147"/>
        <source>Torna a «Il PIN online»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="164"/>
        <source>Hai smarrito il PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="174"/>
        <source>Codice Fiscale: %1 · Residenza: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="177"/>
        <source>Scriva i suoi dati come sono sul codice fiscale. I campi segnati con * sono obbligatori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="181"/>
        <source>Sesso *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="181"/>
        <source>Maschio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="181"/>
        <source>Femmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="184"/>
        <source>Luogo di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="185"/>
        <source>In Italia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="185"/>
        <source>All&apos;estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="191"/>
        <source>Comune di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="192"/>
        <source>Provincia di nascita (sigla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="193"/>
        <location filename="../../ui/pages/pin_request.py" line="227"/>
        <source>es. PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="196"/>
        <source>Stato estero di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="197"/>
        <location filename="../../ui/pages/pin_request.py" line="215"/>
        <source>es. Germania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="200"/>
        <source>Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="201"/>
        <source>Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="202"/>
        <source>Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="204"/>
        <source>Data di nascita *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="204"/>
        <source>gg/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="205"/>
        <source>Giorno, mese e anno separati da una barra, ad esempio 08/05/1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="214"/>
        <source>Residenza all&apos;estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="215"/>
        <source>Stato estero di residenza *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="216"/>
        <source>Città *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="217"/>
        <source>Indirizzo (via, numero civico, codice postale) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="223"/>
        <source>Indirizzo (via o piazza) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="224"/>
        <source>Numero civico *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="225"/>
        <source>CAP *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="225"/>
        <source>5 cifre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="226"/>
        <source>Comune *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="227"/>
        <source>Provincia (sigla) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="232"/>
        <source>A questo indirizzo arriverà per posta la seconda parte del PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="238"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="239"/>
        <location filename="../../ui/pages/pin_request.py" line="252"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="239"/>
        <location filename="../../ui/pages/pin_request.py" line="253"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="242"/>
        <source>Fascia oraria preferita per le telefonate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="243"/>
        <source>dalle 9 alle 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="243"/>
        <source>dalle 14 alle 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="244"/>
        <source>dalle 18 alle 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="248"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="250"/>
        <source>La prima parte del PIN arriverà subito per SMS al cellulare e per e-mail (o PEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="252"/>
        <source>es. 3401234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="253"/>
        <source>es. 0382123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="254"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="254"/>
        <source>es. nome@esempio.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="255"/>
        <source>PEC (posta elettronica certificata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="260"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="297"/>
        <source>Controlli con attenzione i dati che ha scritto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="307"/>
        <source>Se i dati sono corretti prema «Avanti» per inviare la richiesta. Se deve correggere qualcosa prema «Conferma»: tornerà al modulo con i dati già scritti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="311"/>
        <source>Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="312"/>
        <source>Torna al modulo per correggere i dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="339"/>
        <source>SMS al cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="339"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="339"/>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="342"/>
        <source>1. La prima parte del PIN (8 caratteri) è stata inviata adesso: %1. Il messaggio arriva da «InpsInforma».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="344"/>
        <source>2. La seconda parte (altri 8 caratteri) arriverà per posta all&apos;indirizzo di residenza, in circa due settimane (verso il %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="347"/>
        <source>3. Quando avrà tutte e due le parti, entri dall&apos;Autenticazione con il codice fiscale e il PIN di 16 caratteri (prima la parte dell&apos;SMS, poi quella della lettera): le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="351"/>
        <source>Che cosa succede adesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="356"/>
        <location filename="../../ui/pages/pin_request.py" line="360"/>
        <source>Prima parte del PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="361"/>
        <source>Sono gli stessi 8 caratteri dell&apos;SMS e dell&apos;e-mail. Li scriva su un foglio e non li mostri a nessuno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="365"/>
        <source>Apri il telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="367"/>
        <source>Nella Palestra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="368"/>
        <source>Gli SMS arrivano nel «Telefono», le e-mail nella «Posta elettronica», le lettere nella «Cassetta postale». Per non aspettare due settimane, faccia avanzare il tempo con l&apos;«Orologio».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="372"/>
        <source>Apri l&apos;orologio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/pin_request.py" line="375"/>
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
        <location filename="../../ui/widgets/portal.py" line="56"/>
        <source>Simbolo di Palestra INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="61"/>
        <source>Istituto Nazionale Previdenza Sociale · portale simulato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="73"/>
        <source>Entra in MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="76"/>
        <source>MyINPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="77"/>
        <location filename="../../ui/widgets/portal.py" line="285"/>
        <source>%1 · accesso con %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="150"/>
        <source>Navigazione principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="156"/>
        <location filename="../../ui/widgets/portal.py" line="174"/>
        <source>Apri il menu del portale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="158"/>
        <source>Mostra o nasconde le voci L&apos;Istituto … Contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="174"/>
        <source>Chiudi il menu del portale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="216"/>
        <source>Indietro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="220"/>
        <source>Modifica contatti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="222"/>
        <source>Modifica PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="223"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="230"/>
        <location filename="../../ui/widgets/portal.py" line="235"/>
        <source>Cerca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="231"/>
        <source>Cerca nel sito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="281"/>
        <source>Sei in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="287"/>
        <source>Ultimo accesso: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portal.py" line="314"/>
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
        <location filename="../../ui/pages/cns_login.py" line="227"/>
        <source>Sblocco del token con il PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="227"/>
        <source>Sblocco della carta con il PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="232"/>
        <source>Il PUK è il codice di sblocco di 8 cifre che trovi nella busta ricevuta con il token. Scrivilo e scegli un nuovo PIN (da 5 a 8 cifre): il vecchio PIN non vale più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="235"/>
        <source>Il PUK è il codice di sblocco di 8 cifre che trovi nella busta ricevuta con la tessera. Scrivilo e scegli un nuovo PIN (da 5 a 8 cifre): il vecchio PIN non vale più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="239"/>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="240"/>
        <source>Nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="241"/>
        <source>Conferma nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="245"/>
        <source>Sblocca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cns_login.py" line="246"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconstruction</name>
    <message>
        <location filename="../../ui/widgets/reconstruction.py" line="30"/>
        <source>(ricostruzione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reconstruction.py" line="39"/>
        <source>Ricostruzione: la Palestra INPS lo mostra così, ma nessuna guida o fonte pubblica lo conferma per il portale del 2018.</source>
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
        <location filename="../../ui/widgets/sede_counter.py" line="131"/>
        <source>Sono il cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="132"/>
        <source>Sono l&apos;operatore di sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="137"/>
        <source>Allo sportello: richiesta del PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="138"/>
        <source>Compili e firmi il modulo MV35 «Richiesta assegnazione PIN dispositivo per il cittadino in sede», poi lo consegni all&apos;operatore insieme a un documento di identità valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="143"/>
        <source>Scelga una persona in «Io sono»: è lei che va in sede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="155"/>
        <source>Modulo MV35 - facsimile didattico: i campi del modello reale possono essere diversi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="157"/>
        <source>Copia i miei dati dalla Scheda personale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="159"/>
        <source>Sezione 1 - Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="160"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="160"/>
        <source>Maschio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="160"/>
        <source>Femmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="161"/>
        <source>Sezione 2 - Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="162"/>
        <source>Sezione 3 - Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="163"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="164"/>
        <source>Scelga il documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="164"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="165"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="165"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="169"/>
        <source>Copia i dati da un documento del portafoglio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="170"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="175"/>
        <source>Sezione 4 - Documento di riconoscimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="177"/>
        <source>Firmo il modulo (la firma va messa davanti all&apos;operatore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="180"/>
        <source>Sezione 5 - Dichiarazione e firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="180"/>
        <source>Chiedo l&apos;assegnazione di un PIN dispositivo. La richiesta è presentata personalmente: non sono ammesse deleghe. Dichiaro che i dati riportati sono veri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="183"/>
        <source>Consegna il modulo allo sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="239"/>
        <source>L&apos;operatore le restituisce il modulo: ci sono %1 dati da correggere, segnati in rosso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="249"/>
        <source>Allo sportello: il documento di identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="250"/>
        <source>L&apos;operatore ha ricevuto il modulo MV35 firmato e le chiede un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="251"/>
        <source>Quale documento mostra all&apos;operatore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="254"/>
        <source>Mostra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="270"/>
        <source>Il PIN dispositivo le è stato consegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="272"/>
        <source>Apri la busta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="273"/>
        <source>Vedi il modulo MV35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="274"/>
        <source>La busta è anche nella sua Cassetta postale, per rileggerla quando vuole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="276"/>
        <source>Esci dalla sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="280"/>
        <source>Busta chiusa con il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="283"/>
        <source>Modulo MV35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="289"/>
        <source>Sportello: assegnazione del PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="290"/>
        <source>Lei è l&apos;operatore. Per ogni persona controlli che il documento sia valido (non scaduto), che sia della persona che ha davanti e che sia quello scritto nel modulo MV35. Poi assegni il PIN oppure rifiuti la richiesta spiegando il motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="294"/>
        <source>Persone in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="296"/>
        <source>Chiama: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="302"/>
        <source>Sportello: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="303"/>
        <source>Oggi è il %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="309"/>
        <source>La persona allo sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="310"/>
        <source>Si presenta come: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="311"/>
        <source>Dice di essere nata/o il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="315"/>
        <source>Il documento esibito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="322"/>
        <source>Il modulo MV35 consegnato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="327"/>
        <source>Motivo del rifiuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="327"/>
        <source>Scelga il motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="329"/>
        <source>Identità verificata: assegna il PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="330"/>
        <source>Rifiuta la richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="331"/>
        <source>La sua decisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="333"/>
        <source>Torna alle persone in attesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="337"/>
        <location filename="../../ui/widgets/sede_counter.py" line="353"/>
        <source>Operatore di sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sede_counter.py" line="369"/>
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
    <name>ServiziOnlinePage</name>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="36"/>
        <location filename="../../ui/pages/servizi_online.py" line="102"/>
        <source>Servizi più utilizzati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="37"/>
        <location filename="../../ui/pages/servizi_online.py" line="96"/>
        <source>Servizi per il cittadino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="38"/>
        <source>Il PIN online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="39"/>
        <source>Istruzioni per l&apos;accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="53"/>
        <source>INPS - Accedi ai servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="65"/>
        <source>Accedi ai servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="72"/>
        <source>Menu dei servizi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="84"/>
        <source>pagina attuale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="97"/>
        <source>Tutti i servizi online per il cittadino, in ordine alfabetico. Per entrare serve il PIN, SPID o la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/servizi_online.py" line="103"/>
        <source>I servizi che si cercano più spesso. L&apos;elenco completo è in «Servizi per il cittadino», nel menu a sinistra.</source>
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
        <location filename="../../ui/widgets/session_timeout.py" line="55"/>
        <source>La sessione sta per scadere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_timeout.py" line="46"/>
        <source>Continua la sessione</source>
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
        <location filename="../../ui/widgets/session_timeout.py" line="67"/>
        <source>Sessione scaduta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../../ui/trainer/console.py" line="112"/>
        <source>Console del formatore - Palestra INPS (simulazione)</source>
        <translation>Konsole des Kursleiters - Palestra INPS (Simulation)</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="113"/>
        <location filename="../../ui/trainer/console.py" line="134"/>
        <source>Console del formatore</source>
        <translation>Konsole des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="123"/>
        <source>SIMULAZIONE - Palestra INPS: la console del formatore. Persone e codici della simulazione sono di fantasia.</source>
        <translation>SIMULATION - Palestra INPS: die Konsole des Kursleiters. Personen und Codes der Simulation sind erfunden.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="135"/>
        <source>Scriva il codice del formatore per vedere la classe e dare i compiti.</source>
        <translation>Geben Sie den Code des Kursleiters ein, um die Klasse zu sehen und Aufgaben zu vergeben.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="136"/>
        <source>Entra nella console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="137"/>
        <source>Benvenuto nella console del formatore</source>
        <translation>Willkommen in der Konsole des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="161"/>
        <source>Contenuto della console</source>
        <translation>Inhalt der Konsole</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="178"/>
        <source>Console del formatore: allievi e avanzamento</source>
        <translation>Konsole des Kursleiters: Lernende und Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="185"/>
        <source>Blocca la console</source>
        <translation>Konsole sperren</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="196"/>
        <source>Allievi e avanzamento</source>
        <translation>Lernende und Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="197"/>
        <source>Un allievo per riga con la lezione in corso; aprire la riga per le altre lezioni.</source>
        <translation>Ein Lernender pro Zeile mit der laufenden Lektion; die Zeile aufklappen, um die anderen Lektionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="224"/>
        <source>Per chi:</source>
        <translation>Für wen:</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="227"/>
        <source>Per chi</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="239"/>
        <source>Compito</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="240"/>
        <source>Situazioni e mondo</source>
        <translation>Situationen und Welt</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="241"/>
        <source>Nuovo allievo</source>
        <translation>Neuer Lernender</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="242"/>
        <source>Rapporto</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="243"/>
        <source>Impostazioni</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="244"/>
        <source>Azioni del formatore</source>
        <translation>Aktionen des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="301"/>
        <source>Nessuna lezione: esplorazione libera</source>
        <translation>Keine Lektion: freies Erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="303"/>
        <source>Lezione</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="306"/>
        <source>Modalità</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="306"/>
        <source>Allenamento</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="307"/>
        <source>Verifica</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="309"/>
        <source>Persona per l&apos;esplorazione libera</source>
        <translation>Person für das freie Erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="310"/>
        <source>Nessuna: sceglie l&apos;allievo</source>
        <translation>Keine: Der Lernende wählt</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="315"/>
        <source>Assegna il compito</source>
        <translation>Aufgabe zuweisen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="316"/>
        <source>La persona vale quando l&apos;allievo esplora da solo; una lezione parte sempre dalla sua situazione.</source>
        <translation>Die Person gilt, wenn der Lernende allein erkundet; eine Lektion beginnt immer mit ihrer eigenen Situation.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="324"/>
        <source>Situazione da risolvere</source>
        <translation>Zu lösende Situation</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="325"/>
        <source>Persona a cui succede</source>
        <translation>Person, der es passiert</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="333"/>
        <source>Inserisci la situazione</source>
        <translation>Situation einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="334"/>
        <source>Ricomincia il mondo da capo</source>
        <translation>Welt von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="342"/>
        <source>Sì, ricomincia da capo</source>
        <translation>Ja, von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="343"/>
        <source>Annulla</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="347"/>
        <source>Ultimi ordini</source>
        <translation>Letzte Anweisungen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="356"/>
        <source>Ogni allievo ha il suo mondo simulato e un codice breve da scrivere alla postazione. Due allievi con lo stesso nome si distinguono dal numero.</source>
        <translation>Jeder Lernende hat seine eigene simulierte Welt und einen kurzen Code, den er am Arbeitsplatz eingibt. Zwei Lernende mit demselben Namen unterscheiden sich durch die Nummer.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="358"/>
        <source>Nome del nuovo allievo</source>
        <translation>Name des neuen Lernenden</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="362"/>
        <source>Aggiungi l&apos;allievo</source>
        <translation>Lernenden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="368"/>
        <source>Il rapporto della classe in PDF (tabella e grafico per lezione) e in CSV (per un foglio di calcolo), con data e ora nel nome dei file.</source>
        <translation>Der Bericht der Klasse als PDF (Tabelle und Diagramm pro Lektion) und als CSV (für eine Tabellenkalkulation), mit Datum und Uhrzeit im Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="370"/>
        <source>Cartella in cui salvare il rapporto</source>
        <translation>Ordner, in dem der Bericht gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="374"/>
        <source>Salva il rapporto (PDF e CSV)</source>
        <translation>Bericht speichern (PDF und CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="380"/>
        <source>Postazioni in aula: dopo quanti minuti senza attività una postazione avvisa e torna all&apos;elenco degli allievi (il lavoro resta salvato).</source>
        <translation>Arbeitsplätze im Kursraum: nach wie vielen Minuten ohne Aktivität ein Arbeitsplatz warnt und zur Liste der Lernenden zurückkehrt (die Arbeit bleibt gespeichert).</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="382"/>
        <source>Minuti di inattività</source>
        <translation>Minuten ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="383"/>
        <source>Secondi di preavviso</source>
        <translation>Sekunden Vorwarnung</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="384"/>
        <source>Codice attuale</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="385"/>
        <source>Nuovo codice del formatore</source>
        <translation>Neuer Code des Kursleiters</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="386"/>
        <source>Ripeta il nuovo codice</source>
        <translation>Neuen Code wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="391"/>
        <source>Salva i tempi delle postazioni</source>
        <translation>Zeiten der Arbeitsplätze speichern</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="393"/>
        <source>Cambiare il codice del formatore</source>
        <translation>Code des Kursleiters ändern</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="398"/>
        <source>Cambia il codice</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="413"/>
        <source>Console aperta. L&apos;elenco si aggiorna da solo.</source>
        <translation>Konsole geöffnet. Die Liste aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="431"/>
        <source>Il server dell&apos;aula non risponde (%1). Riprovo ogni secondo.</source>
        <translation>Der Server des Kursraums antwortet nicht (%1). Neuer Versuch jede Sekunde.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="445"/>
        <source>Non riesco a leggere la classe (%1).</source>
        <translation>Die Klasse kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="453"/>
        <source>%1 · %2 allievi · aggiornato alle %3, si aggiorna da solo</source>
        <translation>%1 · %2 Lernende · aktualisiert um %3, aktualisiert sich von selbst</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="490"/>
        <source>Nessuna lezione iniziata</source>
        <translation>Keine Lektion begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="530"/>
        <source>Tutta la classe</source>
        <translation>Die ganze Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="544"/>
        <source>Nessun ordine ancora.</source>
        <translation>Noch keine Anweisung.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="567"/>
        <source>Gli ordini andranno a tutti gli allievi della classe (%1).</source>
        <translation>Die Anweisungen gehen an alle Lernenden der Klasse (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="572"/>
        <source>Compito attuale: %1</source>
        <translation>Aktuelle Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="578"/>
        <source>tutta la classe</source>
        <translation>die ganze Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="595"/>
        <source>Compito per %1: %2. Lo troverà quando apre il suo mondo.</source>
        <translation>Aufgabe für %1: %2. Sie erscheint, wenn die Welt geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="605"/>
        <source>Situazione inviata a %1: %2. Compare nel mondo dell&apos;allievo entro un secondo, o quando lo apre.</source>
        <translation>Situation an %1 gesendet: %2. Sie erscheint innerhalb einer Sekunde in der Welt des Lernenden oder wenn er sie öffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="613"/>
        <source>Il mondo simulato di %1 torna allo stato iniziale: messaggi, PIN, lettere e orologio. L&apos;avanzamento nelle lezioni resta. Confermi?</source>
        <translation>Die simulierte Welt von %1 kehrt in den Anfangszustand zurück: Nachrichten, PIN, Briefe und Uhr. Der Fortschritt in den Lektionen bleibt erhalten. Bestätigen?</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="633"/>
        <source>Nuovo mondo ordinato per %1: l&apos;allievo ricomincia da capo entro un secondo, o quando apre il suo mondo.</source>
        <translation>Neue Welt für %1 angeordnet: Der Lernende beginnt innerhalb einer Sekunde von vorn oder wenn er seine Welt öffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="651"/>
        <source>Aggiunto l&apos;allievo %1 (n. %2). Il suo codice per la postazione è %3.</source>
        <translation>Lernender %1 hinzugefügt (Nr. %2). Sein Code für den Arbeitsplatz ist %3.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="663"/>
        <source>Rapporto salvato: %1 e %2</source>
        <translation>Bericht gespeichert: %1 und %2</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="681"/>
        <source>Tempi salvati: le postazioni li usano dal prossimo allievo.</source>
        <translation>Zeiten gespeichert: Die Arbeitsplätze verwenden sie ab dem nächsten Lernenden.</translation>
    </message>
    <message>
        <location filename="../../ui/trainer/console.py" line="696"/>
        <source>Codice del formatore cambiato.</source>
        <translation>Code des Kursleiters geändert.</translation>
    </message>
</context>
<context>
    <name>Tutor</name>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="52"/>
        <source>&amp;Lezioni</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="57"/>
        <source>Elenco delle lezioni</source>
        <translation>Liste der Lektionen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="60"/>
        <source>Continua la lezione</source>
        <translation>Lektion fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="63"/>
        <source>Esci dalla lezione</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/tutor/__init__.py" line="67"/>
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
        <location filename="../../ui/pages/home.py" line="313"/>
        <source>INPS - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="314"/>
        <source>INPS - Utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="319"/>
        <source>Scegli il tuo profilo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="321"/>
        <source>Il profilo «%1» non esiste. Scelga uno dei profili qui sotto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="324"/>
        <source>Scegli il gruppo a cui appartieni: vedrai i servizi pensati per te.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="330"/>
        <source>I servizi per te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="337"/>
        <source>Altri profili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="340"/>
        <source>Torna alla home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="353"/>
        <source>Serve l&apos;accesso con PIN, SPID o CNS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="52"/>
        <source>Nome e cognome</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="56"/>
        <source>Salva il nome</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="72"/>
        <location filename="../../ui/pages/welcome.py" line="78"/>
        <source>Benvenuto nella Palestra INPS</source>
        <translation>Willkommen in der Palestra INPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="79"/>
        <source>Palestra INPS è una copia di prova del portale dell&apos;INPS, senza Internet, per imparare a usare PIN, SPID, CNS e Fascicolo senza alcun rischio: persone e dati sono di fantasia. È pensata per chi si esercita a casa, per chi si forma allo sportello di un CAF e per le lezioni in aula.</source>
        <translation>Palestra INPS ist eine Übungskopie des INPS-Portals, ohne Internet, um ohne jedes Risiko den Umgang mit PIN, SPID, CNS und Fascicolo zu lernen: Personen und Daten sind erfunden. Sie ist gedacht für alle, die zu Hause üben, für die Ausbildung am Schalter eines CAF und für den Unterricht im Kursraum.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="95"/>
        <source>Esplora liberamente</source>
        <translation>Frei erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="97"/>
        <source>Il portale di prova senza lezione: si parte dal motore di ricerca.</source>
        <translation>Das Übungsportal ohne Lektion: Es beginnt bei der Suchmaschine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="100"/>
        <source>Che cosa vuole imparare?</source>
        <translation>Was möchten Sie lernen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="101"/>
        <source>Ogni lezione si può fare in due modi. Allenamento: con i suggerimenti e «Mostra dove», senza voto. Verifica: senza aiuti; se la supera riceve un attestato in PDF.</source>
        <translation>Jede Lektion kann auf zwei Arten gemacht werden. Training: mit Tipps und «Zeigen, wo», ohne Bewertung. Prüfung: ohne Hilfen; wenn Sie sie bestehen, erhalten Sie eine Bescheinigung als PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="156"/>
        <source>Come si chiama?</source>
        <translation>Wie heißen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="157"/>
        <source>Il suo nome va sull&apos;attestato quando supera una verifica. Può anche scriverlo più tardi, dal menu Lezioni.</source>
        <translation>Ihr Name kommt auf die Bescheinigung, wenn Sie eine Prüfung bestehen. Sie können ihn auch später über das Menü Lektionen eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="166"/>
        <source>Si esercita senza aver indicato il suo nome.</source>
        <translation>Sie üben, ohne Ihren Namen angegeben zu haben.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="167"/>
        <source>Si esercita come: %1</source>
        <translation>Sie üben als: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="169"/>
        <source>Cambia il suo nome</source>
        <translation>Ihren Namen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="171"/>
        <source>Il suo nome</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="186"/>
        <location filename="../../ui/pages/welcome.py" line="200"/>
        <location filename="../../ui/pages/welcome.py" line="235"/>
        <source>Verifica</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="186"/>
        <location filename="../../ui/pages/welcome.py" line="200"/>
        <location filename="../../ui/pages/welcome.py" line="234"/>
        <source>Allenamento</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="187"/>
        <source>Il formatore le ha assegnato la lezione «%1», in modalità %2.</source>
        <translation>Der Kursleiter hat Ihnen die Lektion «%1» im Modus %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="190"/>
        <source>Continua la lezione assegnata</source>
        <translation>Zugewiesene Lektion fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="192"/>
        <source>Inizia la lezione assegnata</source>
        <translation>Zugewiesene Lektion beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="195"/>
        <source>Lezione assegnata dal formatore</source>
        <translation>Vom Kursleiter zugewiesene Lektion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="201"/>
        <source>Ha una lezione in corso: «%1» (%2), al passo %3 di %4. Può continuare da dove era arrivato: il mondo simulato è rimasto com&apos;era.</source>
        <translation>Sie haben eine laufende Lektion: «%1» (%2), bei Schritt %3 von %4. Sie können dort weitermachen, wo Sie aufgehört haben: Die simulierte Welt ist so geblieben, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="205"/>
        <source>Continua la lezione</source>
        <translation>Lektion fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="222"/>
        <source>Stato: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="225"/>
        <source>Stato: In corso, al passo %1 di %2</source>
        <translation>Status: Läuft, bei Schritt %1 von %2</translation>
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
        <location filename="../../app/services/cns.py" line="218"/>
        <source>Questa carta non è nel portafoglio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="220"/>
        <source>Questo è un token USB, non una tessera: non va nel lettore. Inseriscilo direttamente in una porta USB del computer («Inserisci il token nel computer»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="226"/>
        <source>Nel lettore c&apos;è già la tessera di {nome} {cognome}: toglila prima di inserirne un&apos;altra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="243"/>
        <source>Questo token non è tra le cose della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="245"/>
        <source>Questa è una tessera, non un token USB: va inserita nel lettore di smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="250"/>
        <source>Nel computer c&apos;è già il token di {nome} {cognome}: toglilo prima di inserirne un altro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="297"/>
        <source>Il certificato del token USB è scaduto il {expires:%d/%m/%Y}: non vale più per entrare. Va rinnovato presso chi ha rilasciato la firma digitale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="303"/>
        <source>Il token USB è bloccato in modo definitivo (PUK sbagliato troppe volte): chiedi un nuovo dispositivo di firma digitale a chi lo ha rilasciato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="318"/>
        <source>Nessun lettore di smart card trovato. Collega il lettore al computer (nel Portafoglio: «Collega il lettore») e controlla di aver installato i driver, poi premi di nuovo «Accedi». Se hai la firma digitale su un token USB, basta inserire il token nel computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="326"/>
        <source>Nessuna carta nel lettore. Inserisci la Tessera Sanitaria-CNS con il chip dorato verso l&apos;alto (nel Portafoglio: «Inserisci nel lettore»), poi premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="332"/>
        <source>La tessera è scaduta il {expires:%d/%m/%Y}: i suoi certificati non valgono più. La nuova tessera arriva per posta; attivala allo sportello per usarla come CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="338"/>
        <source>La carta è bloccata in modo definitivo (PUK sbagliato troppe volte): chiedi una nuova tessera all&apos;ASL o allo sportello della tua Regione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="356"/>
        <source>Firma digitale di documenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="364"/>
        <source>Autenticazione ai servizi online (CNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="388"/>
        <source>Accesso con CNS non valido: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="390"/>
        <source>Questo accesso è già concluso: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="393"/>
        <source>Il token USB è stato tolto dal computer: inseriscilo di nuovo e premi «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="398"/>
        <source>Nel lettore ora c&apos;è un&apos;altra carta: premi di nuovo «Accedi».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="400"/>
        <location filename="../../app/services/spid.py" line="250"/>
        <source>Questo passaggio non è quello atteso: segui le istruzioni della pagina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="409"/>
        <source>Scegli uno dei certificati dell&apos;elenco, poi premi «OK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="413"/>
        <source>Hai scelto il certificato di firma (quello intestato a «{subject}»): serve a firmare documenti, non a entrare nei siti, e il sito INPS lo rifiuta. Scegli il certificato intestato al tuo codice fiscale ({codice_fiscale}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="430"/>
        <source>nella busta ricevuta con il token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="430"/>
        <source>nella busta ricevuta con la tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="437"/>
        <source>Inserisci il nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="437"/>
        <source>Inserisci il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="438"/>
        <source>Il nuovo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="438"/>
        <source>Il PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="440"/>
        <source>{what} è fatto di sole cifre: trovi il PIN {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="442"/>
        <source>{what} ha da {low} a {high} cifre: controlla {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="449"/>
        <source>Il token è bloccato: il PIN è stato sbagliato 3 volte. Per sbloccarlo usa il PUK, il codice di sblocco che trovi nella busta ricevuta con il token: premi «Sblocca con il PUK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="452"/>
        <source>La carta è bloccata: il PIN è stato sbagliato 3 volte. Per sbloccarla usa il PUK, il codice di sblocco che trovi nella busta ricevuta con la tessera: premi «Sblocca con il PUK».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="495"/>
        <location filename="../../app/services/cns.py" line="559"/>
        <source>Ti resta ancora 1 tentativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="495"/>
        <location filename="../../app/services/cns.py" line="559"/>
        <source>Ti restano ancora {left} tentativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="497"/>
        <source>PIN errato. {tries} prima del blocco del token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="498"/>
        <source>PIN errato. {tries} prima del blocco della carta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="513"/>
        <source>Inserisci il PUK: lo trovi {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="515"/>
        <source>Il PUK è fatto di sole cifre: lo trovi {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="517"/>
        <source>Il PUK ha 8 cifre: controlla {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="522"/>
        <source>I due PIN non sono uguali: scrivi di nuovo il nuovo PIN in «Conferma nuovo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="550"/>
        <source>PUK errato troppe volte: il token è bloccato in modo definitivo. Chiedi un nuovo dispositivo di firma digitale a chi lo ha rilasciato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="555"/>
        <source>PUK errato troppe volte: la carta è bloccata in modo definitivo. Chiedi una nuova tessera all&apos;ASL o allo sportello della tua Regione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="561"/>
        <source>PUK errato. {tries}: dopo l&apos;ultimo il token non si potrà più usare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="563"/>
        <source>PUK errato. {tries}: dopo l&apos;ultimo la carta non si potrà più usare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="565"/>
        <source>Il token è sbloccato e il nuovo PIN è attivo: da ora usa il nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/cns.py" line="566"/>
        <source>La carta è sbloccata e il nuovo PIN è attivo: da ora usa il nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/codice_fiscale.py" line="49"/>
        <location filename="../../app/services/pin.py" line="568"/>
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
        <location filename="../../app/services/contact_center.py" line="46"/>
        <source>Chiamata gratuita da rete fissa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="47"/>
        <source>La chiamata da rete mobile è a pagamento, in base al piano tariffario del suo gestore telefonico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="49"/>
        <source>Dal telefono fisso la chiamata allo 06 164 164 ha il costo di una normale telefonata: il numero verde 803 164 è gratuito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="51"/>
        <source>Benvenuto nel Contact Center INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="52"/>
        <source>Per richiedere il PIN con l&apos;aiuto di un operatore prema 1. Per avere informazioni su come ottenere il PIN online prema 2. Per riascoltare il menu prema 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="54"/>
        <source>Il PIN si può richiedere online dal sito www.inps.it, con la procedura «Richiedi PIN»: i primi 8 caratteri arrivano per SMS o e-mail, gli altri 8 per posta all&apos;indirizzo di residenza. Il PIN richiesto online o tramite Contact Center è ordinario; per il PIN dispositivo si usa la procedura «Converti PIN» oppure ci si reca in una sede INPS con un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="199"/>
        <source>La chiamata è terminata: per parlare con il Contact Center chiami di nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contact_center.py" line="498"/>
        <source>Il numero verde 803 164 non è raggiungibile dal cellulare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="15"/>
        <location filename="../../app/services/domande.py" line="458"/>
        <location filename="../../app/services/pin_request.py" line="91"/>
        <location filename="../../app/services/pin_request.py" line="491"/>
        <location filename="../../app/services/pin_request.py" line="502"/>
        <source>Cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="15"/>
        <location filename="../../app/services/domande.py" line="459"/>
        <location filename="../../app/services/pin_request.py" line="90"/>
        <location filename="../../app/services/pin_request.py" line="491"/>
        <location filename="../../app/services/pin_request.py" line="501"/>
        <source>Telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="15"/>
        <location filename="../../app/services/domande.py" line="460"/>
        <location filename="../../app/services/pin_request.py" line="92"/>
        <location filename="../../app/services/pin_request.py" line="503"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="16"/>
        <location filename="../../app/services/pin_request.py" line="93"/>
        <location filename="../../app/services/pin_request.py" line="504"/>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/contacts.py" line="37"/>
        <source>Per modificare i contatti occorre prima accedere a MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="24"/>
        <location filename="../../app/services/fascicolo.py" line="115"/>
        <source>Estratto conto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="25"/>
        <location filename="../../app/services/fascicolo.py" line="119"/>
        <source>Estratto conto Parasubordinati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="26"/>
        <location filename="../../app/services/documents.py" line="75"/>
        <source>Certificazione Unica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="27"/>
        <source>Certificato di pensione ObisM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="28"/>
        <location filename="../../app/services/fascicolo.py" line="180"/>
        <source>Cedolino pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="29"/>
        <source>Domanda presentata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="30"/>
        <source>Documento</source>
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
        <location filename="../../app/services/documents.py" line="75"/>
        <source>{nome} {anno} (redditi {redditi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="83"/>
        <source>Certificato di pensione ObisM {anno}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="91"/>
        <source>Cedolino pensione {mese}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/documents.py" line="108"/>
        <source>Il documento richiesto non è disponibile nel Fascicolo di questo cittadino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="194"/>
        <source>{esito} il {data:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="246"/>
        <source>Per proseguire deve spuntare «{label}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="257"/>
        <source>Scelga una voce per «{label}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="258"/>
        <source>Compili il campo «{label}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="262"/>
        <source>Il campo «{label}» può contenere al massimo {max_length} caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="289"/>
        <source>Scriva «{label}» nella forma gg/mm/aaaa, per esempio {today:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="291"/>
        <source>Controlli l&apos;anno di «{label}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="296"/>
        <source>Scelga una delle voci proposte per «{label}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="305"/>
        <source>Scriva «{label}» in euro, con la virgola per i centesimi: per esempio 1.234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="307"/>
        <source>«{label}» non può essere inferiore a {euro}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="309"/>
        <source>Controlli «{label}»: non può superare {euro}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="314"/>
        <source>Scriva «{label}» in cifre, senza virgola: per esempio 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="317"/>
        <source>«{label}» deve essere almeno {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="319"/>
        <source>«{label}» non può superare {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="348"/>
        <source>Dichiaro che i dati indicati sono veritieri e di essere consapevole delle responsabilità penali in caso di dichiarazioni false (artt. 46, 47 e 76 del D.P.R. 445/2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="352"/>
        <source>Controlli i dati riepilogati. Se qualcosa non va, prema «Indietro» per correggerlo: nulla è ancora stato inviato. Quando è tutto giusto, spunti la dichiarazione e prema «Invia domanda». Riceverà subito il numero di protocollo e la ricevuta in PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="358"/>
        <source>Riepilogo e conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="360"/>
        <source>Fondo pensioni lavoratori dipendenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="361"/>
        <source>Gestione Separata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="362"/>
        <source>Gestione artigiani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="363"/>
        <source>Gestione commercianti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="372"/>
        <source>Cognome {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="373"/>
        <source>Nome {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="374"/>
        <source>Codice fiscale {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="375"/>
        <source>Data di nascita {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="380"/>
        <location filename="../../app/services/domande_invalidita.py" line="230"/>
        <source>Domanda definita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="383"/>
        <location filename="../../app/services/domande_invalidita.py" line="230"/>
        <source>definita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="397"/>
        <source>La data di nascita non corrisponde al codice fiscale {whose}, che indica il {decoded:%d/%m/%Y}: controlli i due dati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="404"/>
        <source>Ha scritto il suo codice fiscale: serve quello {whose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="431"/>
        <source>Indirizzo di residenza (estero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="433"/>
        <source>Stato estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="434"/>
        <location filename="../../app/services/pin_request.py" line="88"/>
        <source>Città</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="435"/>
        <source>Indirizzo completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="437"/>
        <source>Scriva l&apos;indirizzo di residenza all&apos;estero come compare sui documenti del paese in cui vive. La posta dell&apos;INPS sarà spedita a questo indirizzo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="442"/>
        <location filename="../../app/services/pin_request.py" line="500"/>
        <source>Indirizzo di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="444"/>
        <source>Indirizzo (via, piazza...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="445"/>
        <location filename="../../app/services/pin_request.py" line="83"/>
        <source>Numero civico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="446"/>
        <location filename="../../app/services/pin_request.py" line="84"/>
        <source>CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="447"/>
        <location filename="../../app/services/pin_request.py" line="85"/>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="448"/>
        <source>Provincia (sigla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="450"/>
        <source>L&apos;indirizzo di residenza serve all&apos;INPS per spedire la posta (per esempio la seconda parte del PIN e le lettere con l&apos;esito delle domande). Scriva la via senza il numero, poi il numero civico, il CAP di 5 cifre, il comune e la sigla della provincia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="453"/>
        <source>I dati sono già compilati con quelli che l&apos;INPS conosce: modifichi solo quelli cambiati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="456"/>
        <source>Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="461"/>
        <source>PEC (posta elettronica certificata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="463"/>
        <source>Indichi almeno un numero di telefono e almeno un indirizzo di posta elettronica (e-mail o PEC): servono per ricevere il PIN, gli avvisi e per essere contattati dal Contact Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="487"/>
        <source>Non ha modificato nessun dato: non serve presentare la domanda. Prema «Indietro» per cambiare l&apos;indirizzo o i recapiti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="512"/>
        <source>I nuovi dati di residenza e i recapiti sono stati registrati negli archivi dell&apos;Istituto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="521"/>
        <source>Dati della domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="523"/>
        <source>Gestione in cui versare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="524"/>
        <source>Data di cessazione dell&apos;attività lavorativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="526"/>
        <source>L&apos;autorizzazione ai versamenti volontari permette di continuare a versare i contributi quando si smette di lavorare, per raggiungere il diritto alla pensione o aumentarne l&apos;importo. Scelga la gestione in cui ha versato per ultimo e indichi la data in cui ha smesso di lavorare (nella forma gg/mm/aaaa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="530"/>
        <source>Requisito: almeno 5 anni di contributi in tutta la vita lavorativa, oppure almeno 3 anni nei 5 anni prima della domanda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="534"/>
        <location filename="../../app/services/domande_contributi.py" line="303"/>
        <location filename="../../app/services/domande_famiglia.py" line="244"/>
        <location filename="../../app/services/domande_lavoro.py" line="88"/>
        <source>Dichiarazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="536"/>
        <source>Dichiaro di non svolgere attività lavorativa che comporti l&apos;iscrizione obbligatoria a una forma di previdenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="538"/>
        <location filename="../../app/services/domande_lavoro.py" line="93"/>
        <source>Dichiaro di non essere titolare di pensione diretta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="540"/>
        <source>I versamenti volontari non sono ammessi mentre si lavora con contributi obbligatori, né per chi è già titolare di una pensione diretta. Spunti le due dichiarazioni solo se sono vere: l&apos;INPS le verifica con i propri archivi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="558"/>
        <source>La data di cessazione non può essere nel futuro: la domanda si presenta dopo aver smesso di lavorare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="561"/>
        <location filename="../../app/services/domande_lavoro.py" line="122"/>
        <source>Controlli la data di cessazione: è precedente all&apos;inizio della vita lavorativa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="584"/>
        <source>Dagli archivi dell&apos;Istituto risulta titolare di pensione diretta: i versamenti volontari non sono ammessi per chi è già in pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="588"/>
        <source>Dagli archivi risulta un&apos;attività lavorativa con contributi obbligatori fino al {al:%d/%m/%Y} ({datore}): i versamenti volontari si possono autorizzare solo dopo la cessazione del lavoro. Ripresenti la domanda quando avrà smesso di lavorare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="596"/>
        <source>nel {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="596"/>
        <source>nella {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="597"/>
        <source>È autorizzato ai versamenti volontari {where}. Risultano {n} settimane di contributi (ne servono almeno 260, cioè 5 anni). Con una successiva comunicazione riceverà l&apos;importo dei versamenti e le modalità di pagamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="600"/>
        <source>Risultano {n} settimane di contributi in tutta la vita lavorativa e {n2} negli ultimi 5 anni: ne servono almeno 260 in totale (5 anni) oppure 156 negli ultimi 5 anni (3 anni).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="611"/>
        <source>Dati della pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="613"/>
        <source>Gestione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="614"/>
        <source>Data di decorrenza richiesta (primo giorno di un mese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="616"/>
        <source>La pensione di vecchiaia decorre dal primo giorno del mese successivo a quello in cui si raggiungono i requisiti (nel 2018: 66 anni e 7 mesi di età e 20 anni di contributi; dal 2019: 67 anni). Indichi il primo giorno di un mese, per esempio 01/03/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="621"/>
        <location filename="../../app/services/domande.py" line="623"/>
        <location filename="../../app/services/domande.py" line="794"/>
        <source>Modalità di pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="624"/>
        <location filename="../../app/services/domande.py" line="783"/>
        <source>Accredito su conto corrente bancario o postale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="625"/>
        <location filename="../../app/services/domande.py" line="784"/>
        <source>Riscossione in contanti presso l&apos;ufficio postale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="627"/>
        <location filename="../../app/services/domande.py" line="795"/>
        <source>IBAN del conto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="628"/>
        <location filename="../../app/services/domande.py" line="796"/>
        <source>Obbligatorio per l&apos;accredito sul conto: 27 caratteri che iniziano con IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="631"/>
        <source>Scelga dove ricevere la pensione. Per l&apos;accredito sul conto scriva l&apos;IBAN (27 caratteri che iniziano con IT): lo trova sull&apos;estratto conto o nell&apos;home banking. Il conto deve essere intestato o cointestato a lei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="636"/>
        <source>Dati fiscali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="638"/>
        <source>Chiedo l&apos;applicazione delle detrazioni d&apos;imposta per i redditi di pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="640"/>
        <source>Altri redditi o trattamenti pensionistici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="641"/>
        <source>Non ho altri redditi da pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="642"/>
        <source>Ho altri trattamenti pensionistici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="645"/>
        <source>Le detrazioni d&apos;imposta riducono le ritenute IRPEF sulla pensione. Le chieda se la pensione INPS è il suo reddito principale; se ha altre pensioni lo indichi, così l&apos;INPS applica le ritenute corrette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="666"/>
        <source>La pensione decorre dal primo giorno di un mese: scriva per esempio {first:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="668"/>
        <source>La decorrenza non può essere precedente al mese successivo alla domanda ({first:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="670"/>
        <source>La domanda si può presentare al massimo 12 mesi prima della decorrenza: scelga una data entro il {add_months_date:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="673"/>
        <source>Per l&apos;accredito sul conto scriva l&apos;IBAN (27 caratteri che iniziano con IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="680"/>
        <source>Dagli archivi dell&apos;Istituto risulta già titolare di una pensione di vecchiaia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="692"/>
        <source>La pensione di vecchiaia è liquidata con decorrenza {decorrenza:%d/%m/%Y}: importo mensile lordo {euro} per 13 mensilità (montante contributivo {euro2}, coefficiente di trasformazione {coefficiente:.3f}%). {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="706"/>
        <source>Dati del figlio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="708"/>
        <location filename="../../app/services/domande.py" line="867"/>
        <location filename="../../app/services/domande.py" line="870"/>
        <source>del figlio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="710"/>
        <source>Il congedo parentale spetta ai genitori lavoratori dipendenti nei primi 12 anni di vita del figlio. Copi il codice fiscale del figlio dalla tessera sanitaria: la data di nascita deve corrispondere a quella contenuta nel codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="715"/>
        <source>Periodo richiesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="717"/>
        <location filename="../../app/services/domande_contributi.py" line="293"/>
        <source>Dal giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="718"/>
        <location filename="../../app/services/domande_pensione.py" line="85"/>
        <source>Al giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="719"/>
        <location filename="../../app/services/domande_famiglia.py" line="76"/>
        <location filename="../../app/services/domande_lavoro.py" line="71"/>
        <source>Datore di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="721"/>
        <source>Indichi il periodo di assenza dal lavoro (al massimo 6 mesi per ciascun genitore). La domanda va presentata prima dell&apos;inizio del periodo. Scriva le date nella forma gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="747"/>
        <source>Il congedo parentale spetta fino ai 12 anni del figlio: controlli la data di nascita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="752"/>
        <source>La domanda va presentata prima dell&apos;inizio del congedo: scelga una data dal {today:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="754"/>
        <location filename="../../app/services/domande_pensione.py" line="108"/>
        <source>La data di fine deve essere uguale o successiva alla data di inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="756"/>
        <source>Il congedo parentale può durare al massimo 6 mesi per ciascun genitore: accorci il periodo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="758"/>
        <source>Il congedo deve finire prima dei 12 anni del figlio (il {twelfth_birthday:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="769"/>
        <source>Dagli archivi non risulta un rapporto di lavoro dipendente in corso: il congedo parentale indennizzato spetta ai genitori lavoratori dipendenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="775"/>
        <source>Il congedo parentale è autorizzato dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({days} giorni). L&apos;indennità, pari al 30% della retribuzione media giornaliera, le sarà anticipata dal datore di lavoro in busta paga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="786"/>
        <source>Scelga dove ricevere i pagamenti. Per l&apos;accredito sul conto scriva l&apos;IBAN (27 caratteri che iniziano con IT): lo trova sull&apos;estratto conto o nell&apos;home banking. Il conto deve essere intestato o cointestato a lei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="811"/>
        <source>accredito sul conto IBAN {valore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="812"/>
        <source>riscossione in contanti presso l&apos;ufficio postale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="863"/>
        <source>La data di nascita del figlio non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="865"/>
        <source>Controlli la data di nascita del figlio: non è compatibile con la sua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="884"/>
        <source>Modifica dati anagrafici, indirizzo e recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="885"/>
        <source>Comunicare all&apos;INPS un nuovo indirizzo di residenza, il cellulare, l&apos;e-mail o la PEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="886"/>
        <source>Anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="887"/>
        <location filename="../../app/services/domande_lavoro.py" line="428"/>
        <source>in lavorazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="887"/>
        <source>Richiesta presa in carico dalla sede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="887"/>
        <source>Variazione registrata negli archivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="891"/>
        <source>Versamenti volontari - domanda di autorizzazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="892"/>
        <source>Chiedere l&apos;autorizzazione a versare i contributi volontari dopo aver smesso di lavorare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="893"/>
        <location filename="../../app/services/domande_contributi.py" line="270"/>
        <location filename="../../app/services/domande_contributi.py" line="378"/>
        <source>Contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="894"/>
        <location filename="../../app/services/domande.py" line="901"/>
        <location filename="../../app/services/domande.py" line="908"/>
        <location filename="../../app/services/domande_contributi.py" line="271"/>
        <location filename="../../app/services/domande_contributi.py" line="379"/>
        <location filename="../../app/services/domande_famiglia.py" line="209"/>
        <location filename="../../app/services/domande_famiglia.py" line="349"/>
        <location filename="../../app/services/domande_lavoro.py" line="196"/>
        <location filename="../../app/services/domande_pensione.py" line="238"/>
        <location filename="../../app/services/personas.py" line="311"/>
        <location filename="../../app/services/personas.py" line="333"/>
        <source>in istruttoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="894"/>
        <source>Verifica dei requisiti contributivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="898"/>
        <source>Domanda di pensione di vecchiaia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="899"/>
        <source>Chiedere la pensione di vecchiaia al raggiungimento dell&apos;età e dei contributi richiesti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="900"/>
        <location filename="../../app/services/domande_pensione.py" line="65"/>
        <location filename="../../app/services/domande_pensione.py" line="237"/>
        <location filename="../../app/services/fascicolo.py" line="104"/>
        <source>Pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="901"/>
        <location filename="../../app/services/personas.py" line="312"/>
        <source>Verifica dei requisiti e della posizione assicurativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="905"/>
        <source>Congedo parentale - lavoratori dipendenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="906"/>
        <source>Chiedere il congedo parentale (maternità facoltativa) per un figlio fino a 12 anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="907"/>
        <location filename="../../app/services/domande_famiglia.py" line="208"/>
        <location filename="../../app/services/domande_famiglia.py" line="348"/>
        <source>Famiglia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="908"/>
        <source>Verifica del rapporto di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="946"/>
        <source>Il servizio richiesto non esiste o non è disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="964"/>
        <source>Utente non riconosciuto: esca ed effettui di nuovo l&apos;accesso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="982"/>
        <source>Passo della domanda inesistente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="1351"/>
        <source>La domanda richiesta non risulta tra le sue domande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande.py" line="1359"/>
        <source>Il documento richiesto non è disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="49"/>
        <source>Diploma di laurea (vecchio ordinamento) o laurea magistrale a ciclo unico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="50"/>
        <source>Laurea (triennale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="51"/>
        <source>Laurea magistrale o specialistica (dopo la triennale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="52"/>
        <source>Diploma universitario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="54"/>
        <source>Tutta la durata legale del corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="54"/>
        <source>Solo una parte (indichi quanti anni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="55"/>
        <source>In un&apos;unica soluzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="55"/>
        <source>A rate mensili, senza interessi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="62"/>
        <source>Il corso di laurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="64"/>
        <source>Titolo di studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="65"/>
        <source>Università</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="66"/>
        <source>Corso di laurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="67"/>
        <source>Data di immatricolazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="68"/>
        <source>Data della laurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="69"/>
        <source>Durata legale del corso (anni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="71"/>
        <source>Si possono riscattare gli anni della durata legale del corso (non quelli fuori corso) che non sono già coperti da contributi. Le date sono sul certificato di laurea: l&apos;immatricolazione è l&apos;iscrizione al primo anno. Per esempio una laurea in Lettere del vecchio ordinamento dura 4 anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="74"/>
        <source>Nel 2018 c&apos;è il riscatto ordinario: il costo dipende dalla retribuzione degli ultimi 12 mesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="77"/>
        <source>Periodo e pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="79"/>
        <source>Che cosa vuole riscattare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="80"/>
        <source>Quanti anni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="82"/>
        <source>Come vuole pagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="83"/>
        <source>Numero di rate mensili (fino a {rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="86"/>
        <source>Può riscattare tutto il corso o solo alcuni anni. L&apos;onere si paga in un&apos;unica soluzione o fino a {rate} rate mensili senza interessi, ed è deducibile dal reddito. Nel riepilogo vedrà la simulazione del costo: la domanda non obbliga a pagare, l&apos;INPS manda poi il conto definitivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="173"/>
        <source>Il riscatto si chiede dopo la laurea: la data non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="175"/>
        <source>La data della laurea deve essere successiva all&apos;immatricolazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="177"/>
        <source>Controlli la data di immatricolazione: è troppo vicina alla sua data di nascita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="181"/>
        <source>Tra l&apos;immatricolazione e la laurea sono passati meno anni della durata indicata: controlli le date e la durata legale del corso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="185"/>
        <source>Scriva quanti anni vuole riscattare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="187"/>
        <source>Scriva il numero di rate (da 2 a {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="189"/>
        <source>Lei è già titolare di pensione: il riscatto si chiede prima della pensione (i contributi dopo la pensione danno diritto al supplemento).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="193"/>
        <source>Gli anni del corso risultano già coperti da contributi nell&apos;estratto conto: non c&apos;è nessun periodo da riscattare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="196"/>
        <source>Negli ultimi 12 mesi non risultano retribuzioni su cui calcolare l&apos;onere: il riscatto si calcola sul reddito degli ultimi 12 mesi. Chieda alla sede INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="205"/>
        <source>Periodo del corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="205"/>
        <source>dal {start:%d/%m/%Y} al {end:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="206"/>
        <source>Settimane da riscattare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="206"/>
        <source>{number_text} (tolte {number_text2} già coperte da contributi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="208"/>
        <source>Reddito di riferimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="209"/>
        <source>Aliquota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="210"/>
        <source>Costo di un anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="211"/>
        <source>Costo totale stimato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="215"/>
        <source>Rata mensile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="215"/>
        <source>{euro} per {rate} mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="216"/>
        <source>Vantaggio fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="216"/>
        <source>l&apos;onere è deducibile dal reddito complessivo ai fini IRPEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="218"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="218"/>
        <source>per gli anni prima del 1996 l&apos;INPS calcola l&apos;onere con la riserva matematica: qui è stimato con lo stesso metodo (ricostruzione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="247"/>
        <source>Dagli archivi risulta titolare di pensione: il riscatto del corso di laurea si chiede prima della pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="251"/>
        <source>Gli anni del corso risultano già coperti da contributi: non c&apos;è nulla da riscattare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="254"/>
        <source>in un&apos;unica soluzione entro 60 giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="255"/>
        <source>in {fields} rate mensili da {euro}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="256"/>
        <source>Periodo riscattato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="256"/>
        <source>dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({weeks} settimane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="257"/>
        <source>Onere da versare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="258"/>
        <location filename="../../app/services/domande_famiglia.py" line="335"/>
        <location filename="../../app/services/domande_invalidita.py" line="195"/>
        <location filename="../../app/services/domande_lavoro.py" line="83"/>
        <location filename="../../app/services/domande_lavoro.py" line="180"/>
        <source>Pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="260"/>
        <source>Il riscatto del corso di laurea è accolto per {weeks} settimane, dal {start:%d/%m/%Y} al {end:%d/%m/%Y}. L&apos;onere è di {euro} (33% del reddito di riferimento per ogni anno), da versare {pay}; è deducibile dal reddito. Il periodo compare nell&apos;estratto conto come «Riscatto laurea».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="267"/>
        <source>Riscatto del corso di laurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="268"/>
        <source>Far valere per la pensione gli anni del corso di laurea pagandone i contributi: la domanda mostra la simulazione del costo (riscatto ordinario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="271"/>
        <source>Verifica del titolo di studio e dei periodi già coperti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="273"/>
        <source>Simulazione del costo del riscatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="279"/>
        <source>Servizio militare di leva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="279"/>
        <source>Servizio civile sostitutivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="281"/>
        <source>Esercito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="281"/>
        <source>Marina militare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="281"/>
        <source>Aeronautica militare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="282"/>
        <source>Arma dei Carabinieri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="289"/>
        <source>Il servizio militare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="291"/>
        <source>Tipo di servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="292"/>
        <source>Forza armata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="294"/>
        <source>Al giorno (congedo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="295"/>
        <source>Distretto militare o ufficio di appartenenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="296"/>
        <source>È scritto sul foglio matricolare o sul congedo, per esempio «Distretto militare di Napoli».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="298"/>
        <source>Il periodo del servizio militare di leva (o del servizio civile al suo posto) si accredita gratuitamente come contributi figurativi, se non è già coperto da altri contributi. Le date sono sul foglio matricolare o sul foglio di congedo: l&apos;INPS le fa confermare al distretto militare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="305"/>
        <source>Dichiaro che il periodo non è già stato riconosciuto per una pensione dello Stato o di un&apos;altra cassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="307"/>
        <source>Dichiaro che le date corrispondono al foglio matricolare o allo stato di servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="310"/>
        <source>Spunti le dichiarazioni solo se sono vere: l&apos;INPS le verifica con il distretto militare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="327"/>
        <source>Controlli la data di inizio: la leva si faceva dai 18 anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="330"/>
        <source>La data del congedo deve essere successiva alla data di inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="332"/>
        <source>Il servizio deve essere già finito: la data del congedo non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="334"/>
        <source>Il servizio di leva durava al massimo {months} mesi: controlli le date (ricostruzione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="336"/>
        <source>La leva obbligatoria è sospesa dal 2005: controlli le date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="346"/>
        <source>Per l&apos;accredito del servizio militare serve almeno un contributo effettivo versato (da lavoro): dagli archivi non ne risulta nessuno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="349"/>
        <source>Risultano solo contributi nella Gestione Separata: l&apos;accredito figurativo del servizio militare non è previsto nella Gestione Separata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="353"/>
        <source>Il servizio militare risulta già accreditato nell&apos;estratto conto per il periodo indicato ({number_text} settimane): non serve una nuova domanda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="357"/>
        <source>Il periodo indicato è già coperto da altri contributi: il servizio militare si accredita solo per i periodi senza contribuzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="363"/>
        <source>Periodo accreditato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="363"/>
        <source>dal {first:%d/%m/%Y} al {last:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="364"/>
        <source>Settimane accreditate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="364"/>
        <source>{weeks} (contribuzione figurativa, gratuita)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="366"/>
        <source> Una parte del periodo era già coperta da altri contributi e non è stata accreditata di nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="367"/>
        <source> Lei è già in pensione: per far valere il periodo chieda la ricostituzione della pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="370"/>
        <source>Il servizio militare è accreditato dal {first:%d/%m/%Y} al {last:%d/%m/%Y}: {weeks} settimane di contributi figurativi, utili per il diritto e per la misura della pensione.{partial}{pensioner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="375"/>
        <source>Accredito del servizio militare (leva)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="376"/>
        <source>Chiedere che il periodo del servizio militare di leva sia accreditato gratuitamente come contributi figurativi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_contributi.py" line="379"/>
        <source>Richiesta di conferma al distretto militare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="48"/>
        <source>Lavoratrice dipendente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="48"/>
        <source>Iscritta alla Gestione Separata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="49"/>
        <source>Il bambino deve ancora nascere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="49"/>
        <source>Il bambino è già nato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="50"/>
        <source>2 mesi prima e 3 mesi dopo il parto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="51"/>
        <source>1 mese prima e 4 mesi dopo il parto (flessibilità)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="57"/>
        <source>Gravidanza e parto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="59"/>
        <source>Data presunta del parto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="60"/>
        <source>È scritta sul certificato medico di gravidanza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="61"/>
        <source>Data del certificato medico di gravidanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="62"/>
        <source>Il bambino è già nato?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="63"/>
        <source>Data del parto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="64"/>
        <source>Obbligatoria se il bambino è già nato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="65"/>
        <source>Periodo di congedo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="67"/>
        <source>Il congedo di maternità dura 5 mesi: di regola 2 mesi prima della data presunta del parto e 3 mesi dopo. Con il parere del ginecologo e del medico del lavoro si può lavorare fino a 1 mese prima e restare a casa 4 mesi dopo (flessibilità). La domanda si presenta prima dell&apos;inizio del congedo; se il bambino è già nato, indichi la data del parto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="73"/>
        <source>Lavoro e pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="75"/>
        <source>Lei è</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="77"/>
        <source>Obbligatorio per le lavoratrici dipendenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="80"/>
        <source>Per una lavoratrice dipendente l&apos;indennità è anticipata dal datore di lavoro in busta paga. Per un&apos;iscritta alla Gestione Separata la paga l&apos;INPS: scelga dove riceverla e, per il conto, scriva l&apos;IBAN (27 caratteri che iniziano con IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="118"/>
        <source>L&apos;indennità di maternità spetta alla madre lavoratrice. Il padre può chiederla solo in casi particolari, che questa domanda non prevede: per il padre c&apos;è il congedo parentale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="125"/>
        <source>La data del certificato medico non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="127"/>
        <source>Il certificato di gravidanza è rilasciato prima della data presunta del parto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="129"/>
        <source>Controlli la data presunta del parto: è troppo lontana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="133"/>
        <source>Il bambino è già nato: scriva la data del parto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="135"/>
        <source>La data del parto non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="137"/>
        <source>Controlli le date: il parto è troppo lontano dalla data presunta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="139"/>
        <source>La data presunta del parto è già passata: se il bambino è nato scelga «Il bambino è già nato» e scriva la data del parto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="143"/>
        <source>La domanda si può presentare al massimo entro un anno dalla fine del congedo: per questo periodo il termine è scaduto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="147"/>
        <source>Scriva il nome del datore di lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="159"/>
        <source>Inizio del congedo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="160"/>
        <source>Fine del congedo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="161"/>
        <source>Giorni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="162"/>
        <source>Indennità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="162"/>
        <source>80% della retribuzione media giornaliera{valore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="176"/>
        <source>Nei 12 mesi prima del congedo non risultano contributi nella Gestione Separata: ne serve almeno {months} mensilità per l&apos;indennità di maternità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="179"/>
        <source>INPS, {payment_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="185"/>
        <source>Dagli archivi non risulta un rapporto di lavoro dipendente in corso: per le lavoratrici dipendenti l&apos;indennità di maternità spetta durante il rapporto di lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="189"/>
        <source>il datore di lavoro ({fields}) in busta paga, per conto dell&apos;INPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="192"/>
        <location filename="../../app/services/domande_famiglia.py" line="330"/>
        <location filename="../../app/services/domande_lavoro.py" line="174"/>
        <source>Prestazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="192"/>
        <source>Indennità di maternità (congedo obbligatorio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="193"/>
        <location filename="../../app/services/domande_famiglia.py" line="333"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="193"/>
        <source>dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({days} giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="194"/>
        <source>Indennità giornaliera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="194"/>
        <source>{euro} (80% della retribuzione media giornaliera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="195"/>
        <source>Totale lordo del periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="195"/>
        <location filename="../../app/services/domande_lavoro.py" line="386"/>
        <location filename="../../app/services/domande_lavoro.py" line="413"/>
        <source>circa {euro}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="196"/>
        <source>Chi paga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="199"/>
        <source>L&apos;indennità di maternità è riconosciuta dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({days} giorni), nella misura dell&apos;80% della retribuzione media giornaliera: {euro} al giorno. La paga {payer}. Dopo il parto comunichi la data di nascita e il codice fiscale del bambino, se non lo ha già fatto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="205"/>
        <source>Indennità di maternità - congedo obbligatorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="206"/>
        <source>Chiedere l&apos;indennità per il congedo di maternità: 2 mesi prima e 3 mesi dopo il parto (oppure 1 e 4 con la flessibilità).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="209"/>
        <source>Verifica del rapporto di lavoro e dei contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="211"/>
        <source>Il congedo di maternità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="221"/>
        <source>Il bambino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="223"/>
        <source>del bambino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="225"/>
        <source>Il bonus bebè del 2018 spetta per i bambini nati o adottati dal 1° gennaio al 31 dicembre 2018, per il primo anno di vita. Copi il codice fiscale del bambino dalla tessera sanitaria: la data di nascita deve corrispondere a quella contenuta nel codice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="228"/>
        <source>La domanda va presentata entro 90 giorni dalla nascita per avere il bonus dal mese di nascita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="231"/>
        <source>ISEE e pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="233"/>
        <source>Valore dell&apos;ISEE per le prestazioni ai minorenni (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="235"/>
        <source>È scritto nell&apos;attestazione ISEE; per esempio 12.500,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="236"/>
        <source>Dichiaro di avere un ISEE in corso di validità (DSU presentata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="239"/>
        <source>Il bonus spetta con un ISEE fino a 25.000 euro: 80 euro al mese, 160 se l&apos;ISEE è sotto i 7.000 euro. L&apos;ISEE si ottiene presentando la DSU (dichiarazione sostitutiva unica) al CAF, al comune o online. Scelga poi dove ricevere il bonus: per il conto scriva l&apos;IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="246"/>
        <source>Dichiaro che il bambino vive con me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="247"/>
        <source>Dichiaro di essere residente in Italia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="249"/>
        <source>Il bonus spetta al genitore che vive con il bambino ed è residente in Italia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="267"/>
        <source>Il bonus bebè di questa domanda è per i bambini nati o adottati nel {year}: per un bambino nato nel {year2} valgono altre regole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="304"/>
        <source>Importo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="304"/>
        <source>con un ISEE di {euro} il bonus non spetta: il limite è {euro2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="307"/>
        <location filename="../../app/services/domande_famiglia.py" line="332"/>
        <source>Importo mensile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="308"/>
        <source>Mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="308"/>
        <source>{months}, da {month_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="309"/>
        <location filename="../../app/services/domande_famiglia.py" line="334"/>
        <source>Totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="315"/>
        <source>Dagli archivi risulta residente all&apos;estero: il bonus bebè spetta ai genitori residenti in Italia con il bambino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="320"/>
        <source>L&apos;ISEE indicato ({euro}) supera il limite di {euro2}: il bonus bebè non spetta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="325"/>
        <source>La domanda è arrivata dopo il primo compleanno del bambino: il bonus bebè del 2018 spetta solo per il primo anno di vita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="330"/>
        <source>Bonus bebè - assegno di natalità 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="331"/>
        <source>Bambino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="333"/>
        <source>da {month_label} a {month_label2} ({months} mesi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="338"/>
        <source> La domanda è arrivata più di 90 giorni dopo la nascita: il bonus decorre dal mese della domanda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="340"/>
        <source>Il bonus bebè per {child} è riconosciuto: {euro} al mese da {month_label} a {month_label2} ({months} mesi), con un ISEE di {euro2}.{late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="345"/>
        <source>Bonus bebè - assegno di natalità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="346"/>
        <source>Per un figlio nato o adottato nel 2018: 80 euro al mese per il primo anno (160 con ISEE sotto i 7.000 euro), con ISEE fino a 25.000 euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="349"/>
        <source>Verifica dell&apos;ISEE e dei dati del bambino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_famiglia.py" line="351"/>
        <source>Il bonus previsto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="41"/>
        <source>Riconoscimento dell&apos;invalidità civile (assegno o pensione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="42"/>
        <source>Invalidità civile e indennità di accompagnamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="44"/>
        <location filename="../../app/services/domande_lavoro.py" line="218"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="44"/>
        <location filename="../../app/services/domande_lavoro.py" line="218"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="59"/>
        <location filename="../../app/services/fascicolo.py" line="145"/>
        <source>Certificato medico introduttivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="60"/>
        <source>Numero del certificato medico introduttivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="61"/>
        <source>Per esempio CM2018-0041577: è sulla ricevuta del medico e nel Fascicolo previdenziale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="62"/>
        <source>Prima della domanda il medico certificatore invia all&apos;INPS il certificato medico introduttivo e le consegna la ricevuta con il numero del certificato. Il numero si trova anche nel Fascicolo previdenziale del cittadino, sezione «Invalidità civile», voce «Certificato medico introduttivo». Il certificato vale 90 giorni: entro questo tempo va presentata la domanda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="66"/>
        <source>Tenga a portata di mano il numero del certificato medico introduttivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="69"/>
        <location filename="../../app/services/domande_pensione.py" line="66"/>
        <source>Che cosa chiede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="71"/>
        <source>Prestazione richiesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="72"/>
        <source>Chiedo anche l&apos;accertamento dell&apos;handicap (legge 104/1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="75"/>
        <source>La commissione medica valuta la percentuale di invalidità. Dal 74% (tra 18 anni e 66 anni e 7 mesi) spetta l&apos;assegno mensile, al 100% la pensione di inabilità; l&apos;indennità di accompagnamento spetta, senza limiti di età e di reddito, a chi non può camminare o compiere gli atti quotidiani senza aiuto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="81"/>
        <source>Dati socio-economici e pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="83"/>
        <source>Reddito personale annuo (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="84"/>
        <source>Scriva 0 se non ha redditi. Per esempio 3.200,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="85"/>
        <source>Svolge un&apos;attività lavorativa?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="86"/>
        <source>È ricoverato gratuitamente in un istituto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="89"/>
        <source>L&apos;assegno mensile spetta a chi non lavora e ha un reddito personale fino a 4.853,29 euro l&apos;anno (2018); la pensione di inabilità con un reddito fino a 16.664,36 euro. L&apos;indennità di accompagnamento non spetta durante un ricovero gratuito. Scelga poi dove ricevere i pagamenti: per il conto scriva l&apos;IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="108"/>
        <source>Il certificato «{number}» non risulta tra i suoi certificati medici introduttivi: controlli il numero sulla ricevuta del medico o nel Fascicolo previdenziale, sezione «Invalidità civile».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="114"/>
        <source>Il certificato {number} è del {issued:%d/%m/%Y} ed è scaduto: vale {days} giorni. Chieda al medico un nuovo certificato medico introduttivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="119"/>
        <source>Il certificato {number} è già abbinato alla domanda protocollo {protocol} del {submitted_at:%d/%m/%Y}: lo stato di quella domanda si segue nel Fascicolo, sezione «Invalidità civile», voce «Domande presentate». Per una nuova domanda serve un nuovo certificato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="159"/>
        <source>Percentuale di invalidità riconosciuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="161"/>
        <source>La commissione medica ha riconosciuto una riduzione della capacità lavorativa del {pct}% (ricostruzione): sotto il 34% l&apos;invalidità civile non è riconosciuta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="167"/>
        <source>Pensione di inabilità civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="171"/>
        <source>L&apos;indennità di accompagnamento non si paga durante il ricovero gratuito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="173"/>
        <source>Indennità di accompagnamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="177"/>
        <source>L&apos;assegno mensile spetta tra 18 anni e 66 anni e 7 mesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="179"/>
        <source>L&apos;assegno mensile spetta a chi non svolge attività lavorativa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="181"/>
        <source>Il reddito indicato ({euro}) supera il limite di {euro2} per l&apos;assegno mensile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="183"/>
        <source>Assegno mensile di assistenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="186"/>
        <source>L&apos;indennità di accompagnamento spetta solo con l&apos;invalidità totale (100%) e l&apos;impossibilità di camminare o di compiere da soli gli atti quotidiani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="189"/>
        <source>Le prestazioni economiche spettano dal 74%: con questa percentuale restano gli altri benefici (per esempio, dal 46%, l&apos;iscrizione alle liste del collocamento mirato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="192"/>
        <source>{importo} al mese per {mesi} mensilità, dal {dal:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="197"/>
        <source>Prestazione economica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="197"/>
        <source>nessuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="199"/>
        <source>Handicap (legge 104/1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="199"/>
        <source>accertamento eseguito nella stessa visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="200"/>
        <source>{prestazione}: {importo} al mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="202"/>
        <source>La commissione medica ha riconosciuto l&apos;invalidità civile con una riduzione della capacità lavorativa del {pct}% (percentuale simulata, ricostruzione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="205"/>
        <source>{testo} Le spetta: {prestazioni}, dal {dal:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="208"/>
        <source>{testo} Non spettano prestazioni economiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="210"/>
        <source>{testo} {nota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="218"/>
        <source>{prima}{separatore}{poi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="223"/>
        <location filename="../../app/services/personas.py" line="325"/>
        <source>Domanda di invalidità civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="224"/>
        <source>Dopo il certificato medico introduttivo inviato dal medico, chiedere il riconoscimento dell&apos;invalidità civile e delle prestazioni economiche (assegno, pensione, indennità di accompagnamento).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="226"/>
        <location filename="../../app/services/fascicolo.py" line="143"/>
        <source>Invalidità civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="227"/>
        <source>convocato a visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="227"/>
        <source>Convocazione a visita presso la commissione medica ASL/INPS (i tempi sono una ricostruzione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="229"/>
        <source>visita effettuata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="229"/>
        <source>Visita medica effettuata: il verbale è in preparazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="248"/>
        <source>{nome} {cognome} non ha un certificato medico introduttivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_invalidita.py" line="259"/>
        <source>Il medico ha inviato il certificato medico introduttivo n. {numero}: la domanda di invalidità civile è da presentare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="56"/>
        <source>Licenziamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="57"/>
        <source>Fine del contratto a tempo determinato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="58"/>
        <source>Dimissioni per giusta causa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="59"/>
        <source>Risoluzione consensuale in sede di conciliazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="60"/>
        <source>Dimissioni volontarie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="69"/>
        <source>Il lavoro che è finito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="72"/>
        <source>Ultimo giorno di lavoro (data di cessazione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="73"/>
        <source>Perché è finito il rapporto di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="75"/>
        <source>La NASpI è l&apos;indennità mensile di disoccupazione per chi ha perso il lavoro dipendente senza volerlo: licenziamento, fine del contratto a termine, dimissioni per giusta causa. Dal 2015 ha preso il posto di ASpI e mini-ASpI. Scriva il nome del datore di lavoro, l&apos;ultimo giorno di lavoro (gg/mm/aaaa) e il motivo. La domanda va presentata entro {days} giorni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="79"/>
        <source>Requisiti: aver perso il lavoro involontariamente, almeno {value} settimane di contributi negli ultimi 4 anni e 30 giornate di lavoro negli ultimi 12 mesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="85"/>
        <source>La NASpI si paga ogni mese. Scelga dove riceverla. Per l&apos;accredito sul conto scriva l&apos;IBAN (27 caratteri che iniziano con IT): lo trova sull&apos;estratto conto o nell&apos;home banking. Il conto deve essere intestato o cointestato a lei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="90"/>
        <source>Dichiaro di essere immediatamente disponibile a lavorare e a partecipare alle attività proposte dal centro per l&apos;impiego (la domanda di NASpI vale come dichiarazione di immediata disponibilità)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="95"/>
        <source>Con la domanda di NASpI si dichiara di essere disponibili a lavorare: il centro per l&apos;impiego la convocherà per il patto di servizio. La NASpI non spetta a chi ha già una pensione diretta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="115"/>
        <source>La domanda si presenta dopo la fine del lavoro: la data di cessazione non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="118"/>
        <source>La domanda va presentata entro {limit} giorni dalla cessazione: per un lavoro finito il {day:%d/%m/%Y} il termine è scaduto il {valore:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="146"/>
        <source>Dagli archivi dell&apos;Istituto risulta titolare di una pensione diretta: la NASpI non spetta a chi è già in pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="149"/>
        <source>La NASpI spetta solo a chi ha perso il lavoro involontariamente. Le dimissioni volontarie non danno diritto all&apos;indennità, salvo le dimissioni per giusta causa (per esempio stipendi non pagati) o durante il periodo tutelato di maternità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="156"/>
        <source> (l&apos;ultimo periodo registrato finisce il {al:%d/%m/%Y})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="157"/>
        <source>Dagli archivi non risulta un rapporto di lavoro dipendente fino alla data di cessazione indicata{until}: la NASpI spetta ai lavoratori dipendenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="162"/>
        <source>Negli ultimi 4 anni risultano {number_text} settimane di contributi da lavoro dipendente: ne servono almeno {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="165"/>
        <source>Negli ultimi 12 mesi non risultano le 30 giornate di lavoro effettivo richieste (stimate in 5 settimane di contributi) (ricostruzione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="174"/>
        <source>NASpI - Nuova prestazione di Assicurazione Sociale per l&apos;Impiego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="175"/>
        <source>Retribuzione media mensile degli ultimi 4 anni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="176"/>
        <source>Importo mensile lordo iniziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="177"/>
        <source>Dal quarto mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="177"/>
        <source>dal {reduction_from:%d/%m/%Y} l&apos;importo si riduce del 3% ogni mese (il primo mese ridotto: {euro})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="179"/>
        <source>Durata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="179"/>
        <source>{paid_weeks} settimane, dal {start:%d/%m/%Y} al {end:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="183"/>
        <source>La NASpI è accolta dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({paid_weeks} settimane, la metà delle {number_text} settimane di contributi degli ultimi 4 anni). L&apos;importo mensile lordo iniziale è {euro}: il 75% della retribuzione media mensile fino a {euro2} più il 25% della parte che la supera, al massimo {euro3}. Dal quarto mese l&apos;importo si riduce del 3% ogni mese. Il centro per l&apos;impiego la convocherà per il patto di servizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="192"/>
        <source>NASpI - Indennità di disoccupazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="193"/>
        <source>Chiedere l&apos;indennità mensile di disoccupazione dopo aver perso il lavoro dipendente (dal 2015 al posto di ASpI e mini-ASpI), entro 68 giorni dalla fine del lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="195"/>
        <location filename="../../app/services/domande_lavoro.py" line="427"/>
        <source>Lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="196"/>
        <source>Verifica dei requisiti e della posizione contributiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="204"/>
        <source>Collaboratore familiare (colf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="205"/>
        <source>Assistente a persona non autosufficiente (badante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="206"/>
        <source>Baby sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="209"/>
        <source>A - collaboratore generico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="210"/>
        <source>A super - addetto alla compagnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="211"/>
        <source>B - collaboratore familiare esperto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="212"/>
        <source>B super - assistente a persone autosufficienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="213"/>
        <source>C - collaboratore con conoscenze specifiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="214"/>
        <source>C super - assistente a persone non autosufficienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="215"/>
        <source>D - collaboratore con responsabilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="216"/>
        <source>D super - assistente a persone non autosufficienti, formato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="219"/>
        <source>A tempo indeterminato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="219"/>
        <source>A tempo determinato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="226"/>
        <source>Il lavoratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="228"/>
        <location filename="../../app/services/domande_lavoro.py" line="301"/>
        <location filename="../../app/services/domande_lavoro.py" line="305"/>
        <source>del lavoratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="229"/>
        <source>Cittadinanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="231"/>
        <source>Scriva i dati della persona che assume (colf, badante o baby sitter) come sono sul suo documento e sulla tessera sanitaria. La data di nascita deve corrispondere a quella contenuta nel codice fiscale. Un lavoratore straniero deve avere il permesso di soggiorno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="234"/>
        <source>Lei è il datore di lavoro: questa comunicazione registra il rapporto di lavoro presso l&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="237"/>
        <source>Il rapporto di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="239"/>
        <source>Mansione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="240"/>
        <source>Livello del contratto collettivo (CCNL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="241"/>
        <source>Il lavoratore vive con la famiglia (convivente)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="242"/>
        <source>Primo giorno di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="243"/>
        <source>Tipo di contratto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="244"/>
        <source>Ultimo giorno previsto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="246"/>
        <source>Obbligatorio per il contratto a tempo determinato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="247"/>
        <source>Ore di lavoro alla settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="248"/>
        <source>Paga oraria lorda (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="250"/>
        <source>Per esempio 7,50. Non può essere inferiore al minimo del contratto per il livello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="251"/>
        <source>Paga mensile lorda (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="253"/>
        <source>Per esempio 900,00. Non può essere inferiore al minimo del contratto per il livello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="255"/>
        <source>La comunicazione va fatta almeno il giorno prima dell&apos;inizio del lavoro. Il livello dipende dalle mansioni: per esempio la colf esperta è di livello B, la badante di una persona non autosufficiente di livello CS. La paga non può essere inferiore ai minimi del contratto collettivo del lavoro domestico 2018; per chi vive con la famiglia la paga è mensile, per gli altri oraria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="282"/>
        <source>Scriva la paga mensile lorda, per esempio 900,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="283"/>
        <source>Scriva la paga oraria lorda, per esempio 7,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="286"/>
        <source>La paga mensile minima del 2018 per il livello {livello} (conviventi) è {euro}: la paga non può essere più bassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="288"/>
        <source>La paga oraria minima del 2018 per il livello {livello} (non conviventi) è {euro}: la paga non può essere più bassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="299"/>
        <source>Il lavoratore deve avere almeno 16 anni: controlli la data di nascita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="312"/>
        <source>La comunicazione va fatta almeno il giorno prima dell&apos;inizio del lavoro: scelga una data dal {first:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="315"/>
        <source>La comunicazione si fa poco prima dell&apos;inizio: al massimo un anno prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="319"/>
        <source>Per il contratto a tempo determinato scriva l&apos;ultimo giorno previsto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="321"/>
        <source>L&apos;ultimo giorno deve essere uguale o successivo al primo giorno di lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="325"/>
        <source>un lavoratore convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="325"/>
        <source>un lavoratore non convivente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="326"/>
        <source>Il contratto collettivo prevede al massimo {max_hours} ore alla settimana per {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="360"/>
        <source>fino a {euro}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="360"/>
        <source>oltre 9,70 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="384"/>
        <location filename="../../app/services/domande_lavoro.py" line="412"/>
        <source>Contributo orario INPS 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="384"/>
        <source>{euro} ({fascia}), di cui {euro2} a carico del lavoratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="386"/>
        <source>Contributi di un trimestre intero (13 settimane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="390"/>
        <location filename="../../app/services/domande_lavoro.py" line="414"/>
        <source>Primo versamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="390"/>
        <location filename="../../app/services/domande_lavoro.py" line="414"/>
        <source>entro il {deadline:%d/%m/%Y} (trimestre {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="395"/>
        <source>DOM-{submitted_at:%Y}-{id:06d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="402"/>
        <source>{euro} al mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="403"/>
        <source>{euro} all&apos;ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="405"/>
        <source>Codice del rapporto di lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="406"/>
        <source>Lavoratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="407"/>
        <source>Mansione e livello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="407"/>
        <source>{mansione}, livello {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="408"/>
        <source>Inizio del rapporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="411"/>
        <source>Orario e paga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="411"/>
        <source>{hours} ore alla settimana, {pay}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="412"/>
        <source>{euro}, di cui {euro2} a carico del lavoratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="413"/>
        <source>Contributi di un trimestre intero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="417"/>
        <source>Il rapporto di lavoro domestico con {worker} è registrato dal {start:%d/%m/%Y} con il codice {code}. I contributi si versano ogni trimestre, entro il 10 del mese che segue il trimestre (10 aprile, 10 luglio, 10 ottobre, 10 gennaio): il primo entro il {deadline:%d/%m/%Y}. Variazioni e cessazione del rapporto si comunicano con lo stesso servizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="424"/>
        <source>Lavoro domestico - comunicazione di assunzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="425"/>
        <source>Il datore di lavoro comunica all&apos;INPS l&apos;assunzione di una colf, di una badante o di una baby sitter, almeno il giorno prima dell&apos;inizio del lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="428"/>
        <source>Comunicazione ricevuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="428"/>
        <source>Rapporto di lavoro registrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_lavoro.py" line="430"/>
        <source>Contributi da versare (stima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="40"/>
        <source>Supplemento: ho versato contributi dopo la decorrenza della pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="41"/>
        <source>Ricostituzione: periodi accreditati dopo la liquidazione (leva, riscatto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="43"/>
        <source>Vecchiaia o anzianità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="43"/>
        <source>Invalidità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="43"/>
        <source>Superstiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="54"/>
        <source>{categoria}, certificato n. {numero}, dal {decorrenza:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="57"/>
        <source>Nessuna pensione a mio nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="63"/>
        <source>La pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="68"/>
        <source>Il supplemento spetta a chi, già in pensione, ha lavorato versando altri contributi: si chiede dopo 5 anni dalla decorrenza della pensione (una sola volta anche dopo 2 anni, se ha l&apos;età della pensione di vecchiaia). La ricostituzione ricalcola la pensione quando si aggiungono periodi accreditati dopo la liquidazione, per esempio il servizio militare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="72"/>
        <source>Questa domanda è per chi è già titolare di una pensione INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="73"/>
        <source>Per lei non risulta una pensione INPS in pagamento: il supplemento e la ricostituzione si chiedono per una pensione già in pagamento. Se pensa che sia un errore, chiami il Contact Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="78"/>
        <source>I contributi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="80"/>
        <source>Attività svolta dopo la pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="82"/>
        <source>Per esempio «commessa part-time in farmacia».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="83"/>
        <source>Periodo da considerare: dal giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="87"/>
        <source>Per il supplemento descriva il lavoro fatto dopo la pensione: i contributi versati li trova l&apos;INPS nell&apos;estratto conto. Per la ricostituzione indichi il periodo accreditato dopo la liquidazione (lo vede nel Fascicolo, Posizione assicurativa &gt; Estratto conto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="103"/>
        <source>Non risulta una pensione INPS a suo nome: il supplemento e la ricostituzione si chiedono per una pensione già in pagamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="152"/>
        <source>Il supplemento si può chiedere {wait} anni dopo la decorrenza della pensione o del supplemento precedente ({since:%d/%m/%Y}); una sola volta dopo {once} anni, avendo l&apos;età della pensione di vecchiaia. Potrà chiederlo dal {first:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="159"/>
        <source>Non risultano contributi versati dopo il {since:%d/%m/%Y} (decorrenza della pensione o del supplemento precedente): il supplemento spetta solo per i contributi successivi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="169"/>
        <source>Contributi considerati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="169"/>
        <source>dal {dal:%d/%m/%Y} al {al:%d/%m/%Y}, {weeks} settimane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="170"/>
        <source>Montante contributivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="171"/>
        <source>Coefficiente di trasformazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="172"/>
        <source>Supplemento mensile lordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="172"/>
        <source>{euro} dal {decorrenza:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="173"/>
        <location filename="../../app/services/domande_pensione.py" line="213"/>
        <source>Pensione mensile lorda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="173"/>
        <source>da {euro} a {euro2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="176"/>
        <source>Il supplemento di pensione è liquidato dal {decorrenza:%d/%m/%Y}: {euro} lordi al mese per 13 mensilità, calcolati sui contributi versati dopo la pensione ({number_text} settimane, montante {euro2}) con il coefficiente di trasformazione per la sua età. Si somma alla pensione, che passa da {euro3} a {euro4} al mese; le rate già pagate dalla decorrenza saranno conguagliate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="189"/>
        <source>Nel periodo indicato l&apos;estratto conto non ha contributi prima della decorrenza della pensione: chieda prima l&apos;accredito del periodo (per esempio del servizio militare) o la correzione dell&apos;estratto conto, poi la ricostituzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="193"/>
        <source>I contributi del periodo indicato risultano nell&apos;estratto conto da prima della liquidazione e sono già stati considerati nel calcolo della pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="200"/>
        <source>La pensione è già calcolata sul massimo di 40 anni di contributi ({max_weeks} settimane; ne risultano {number_text}): le {added} settimane accreditate dopo non ne aumentano l&apos;importo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="212"/>
        <source>Periodi aggiunti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="212"/>
        <source>{added} settimane accreditate dopo la liquidazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="213"/>
        <source>da {euro} a {euro2} (ricostruzione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="214"/>
        <source>Arretrati dalla decorrenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="214"/>
        <source>circa {euro}, pagati con la prossima rata (ricostruzione)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="217"/>
        <source>La pensione è ricostituita dalla decorrenza originaria ({decorrenza:%d/%m/%Y}) con {added} settimane accreditate dopo la liquidazione: l&apos;importo mensile lordo passa da {euro} a {euro2} (stima proporzionale alle settimane, ricostruzione). Gli arretrati, circa {euro3}, sono pagati con la prossima rata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="227"/>
        <source>Non risulta in pagamento la pensione indicata nella domanda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="234"/>
        <source>Ricostituzione o supplemento di pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="235"/>
        <source>Per chi è già in pensione: il supplemento per i contributi versati dopo la pensione, o la ricostituzione per i periodi accreditati dopo la liquidazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="238"/>
        <source>Verifica dei contributi e ricalcolo della pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="255"/>
        <source>{nome} {cognome} non è titolare di pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="259"/>
        <source>I contributi versati dopo la pensione erano già nell&apos;estratto conto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/domande_pensione.py" line="268"/>
        <source>{nome} {cognome} ha lavorato part-time dal {first_year} al {valore}, dopo la pensione: i contributi sono nell&apos;estratto conto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="43"/>
        <source>Dati non validi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="96"/>
        <source>Le guide citano solo la prima voce (Certificazione Unica) e la quinta (ObisM): le altre e il loro ordine sono ricostruiti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="101"/>
        <location filename="../../app/services/fascicolo.py" line="148"/>
        <source>Domande presentate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="101"/>
        <source>Le richieste di pensione inoltrate all&apos;INPS, con lo stato di avanzamento e il PDF, e i rapporti di lavoro domestico che ha comunicato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="104"/>
        <source>Qui trova le richieste di pensione inoltrate all&apos;INPS, con lo stato di avanzamento. Quando una richiesta è accolta, può aprirne il PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="107"/>
        <source>Non risultano domande di pensione presentate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="108"/>
        <source>Lavoro domestico (datore di lavoro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="108"/>
        <source>I rapporti di lavoro domestico (colf, badante, baby sitter) che Lei ha comunicato come datore di lavoro, con i contributi da versare ogni trimestre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="111"/>
        <source>Non risultano rapporti di lavoro domestico comunicati da Lei come datore di lavoro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="113"/>
        <source>Posizione assicurativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="113"/>
        <source>L&apos;estratto conto previdenziale con i contributi versati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="115"/>
        <source>L&apos;estratto conto previdenziale riporta i contributi versati: per ogni periodo il datore di lavoro o il fondo, le settimane di contributi e la retribuzione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="118"/>
        <source>Non risultano contributi accreditati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="119"/>
        <source>I contributi della Gestione Separata (collaborazioni, professionisti senza cassa) sono in un estratto conto a parte, l&apos;Estratto conto Parasubordinati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="122"/>
        <source>Non risultano contributi nella Gestione Separata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="124"/>
        <source>Prestazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="124"/>
        <source>La pensione che riceve, il riepilogo dei pagamenti, le richieste presentate e le prestazioni a sostegno del reddito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="127"/>
        <source>Pensione titolare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="127"/>
        <source>Le pensioni che Lei percepisce, con il numero di certificato e gli importi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="129"/>
        <source>Non risultano pensioni a Suo nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="130"/>
        <source>Pagamenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="130"/>
        <source>Il riepilogo dei pagamenti eseguiti dall&apos;INPS in un anno, mese per mese: importo lordo, trattenute e importo netto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="133"/>
        <source>Non risultano pagamenti di pensioni a Suo nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="134"/>
        <source>Richieste presentate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="134"/>
        <source>Tutte le richieste presentate all&apos;INPS, con il loro stato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="136"/>
        <source>Non risultano richieste presentate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="138"/>
        <source>Prestazioni a sostegno del reddito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="138"/>
        <source>Le prestazioni a sostegno del reddito che l&apos;INPS le ha riconosciuto (disoccupazione NASpI, maternità, congedo parentale, bonus bebè), con gli importi e i periodi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="141"/>
        <source>Non risultano prestazioni a sostegno del reddito riconosciute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="143"/>
        <source>Il certificato medico introduttivo e le domande di invalidità civile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="145"/>
        <source>I certificati medici introduttivi inviati all&apos;INPS dal medico certificatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="147"/>
        <source>Non risultano certificati medici introduttivi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="148"/>
        <source>Le domande di invalidità civile presentate, con lo stato di avanzamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="150"/>
        <source>Non risultano domande di invalidità civile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="152"/>
        <source>Modelli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="152"/>
        <source>Certificazione Unica (dal 2015), CUD degli anni prima, modelli 730-4 e RED, certificato di pensione ObisM, cedolino della pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="155"/>
        <source>Certificazione Unica (dal 2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="155"/>
        <source>Le Certificazioni Uniche dal 2015 a oggi. La Certificazione Unica di un anno riporta i redditi dell&apos;anno prima: la CU 2018 contiene la pensione pagata nel 2017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="158"/>
        <source>Non risultano Certificazioni Uniche: l&apos;INPS non Le ha pagato redditi dal 2014 in poi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="159"/>
        <source>CUD (fino al 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="159"/>
        <source>Fino al 2014 la certificazione dei redditi si chiamava CUD (Certificazione unica dipendente): il CUD di un anno riporta la pensione pagata nell&apos;anno prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="162"/>
        <source>Non risultano CUD: l&apos;INPS non Le ha pagato redditi negli anni fino al 2013.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="163"/>
        <source>Il CUD è esistito fino al 2014, ma la posizione di questa voce nel menù non è documentata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="164"/>
        <source>Modello 730-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="164"/>
        <source>Il modello 730-4 è il prospetto di liquidazione del 730: dice all&apos;INPS, come sostituto d&apos;imposta, quanto rimborsare o trattenere sulla pensione. Il 730 si presenta all&apos;Agenzia delle Entrate, non all&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="168"/>
        <source>Non risultano modelli 730-4: per gli anni del Fascicolo non è arrivato all&apos;INPS alcun 730 con l&apos;INPS indicato come sostituto d&apos;imposta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="170"/>
        <location filename="../../app/services/fascicolo.py" line="175"/>
        <source>Il contenuto e la posizione di questa voce nel menù non sono documentati dalle guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="171"/>
        <source>Modello RED (dichiarazione reddituale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="171"/>
        <source>Il modello RED è la dichiarazione dei redditi che serve a chi riceve prestazioni legate al reddito (per esempio integrazione al minimo, maggiorazioni sociali, assegno sociale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="174"/>
        <location filename="../../app/services/fascicolo.py" line="783"/>
        <source>Non risultano pensioni a Suo nome: il modello RED non La riguarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="176"/>
        <source>Certificato pensione - ObisM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="176"/>
        <source>Il certificato di pensione (modello ObisM) riassume gli importi della pensione di un anno: rata di gennaio, di dicembre e tredicesima. Qui trova quelli degli ultimi 3 anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="179"/>
        <source>Non risultano certificati di pensione: nessuna pensione in pagamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="180"/>
        <source>Il cedolino di ogni mese: importo lordo, trattenute e importo netto pagato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="182"/>
        <source>Non risultano cedolini: nessuna pensione in pagamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="183"/>
        <source>Il cedolino esisteva, ma la posizione di questa voce nel menù non è documentata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="508"/>
        <source>Il cittadino richiesto non è presente negli archivi della simulazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="520"/>
        <source>Il codice fiscale indicato non risulta negli archivi della simulazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="681"/>
        <source>Non risultano pagamenti di pensione nell&apos;anno {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="701"/>
        <source>La domanda richiesta non risulta tra quelle presentate da questo cittadino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="785"/>
        <source>La prestazione {name} è legata al reddito: ogni anno va dichiarato il reddito con il modello RED, tramite un CAF o un patronato. Nella simulazione non risultano modelli RED trasmessi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="789"/>
        <source>La Sua pensione ({names}) non è legata al reddito: il modello RED non Le è richiesto e qui non c&apos;è alcun modello da scaricare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="829"/>
        <source>La sezione «{section}» non esiste nel Fascicolo previdenziale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="863"/>
        <source>Non risultano Certificazioni Uniche: nessuna pensione pagata negli anni dal 2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="865"/>
        <source>La Certificazione Unica {anno} non è disponibile. Anni disponibili: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="912"/>
        <source>Non risulta alcuna pensione in pagamento: il certificato ObisM non è disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="914"/>
        <source>Il certificato di pensione ObisM {anno} non è disponibile. Anni disponibili: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fascicolo.py" line="958"/>
        <source>Il cedolino di {valore} {anno} non è disponibile: non risulta alcuna rata di pensione pagata in quel mese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="115"/>
        <source>{field} contiene un carattere non valido (un simbolo spezzato, di solito copiato da un altro programma): lo cancelli e lo riscriva con la tastiera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="119"/>
        <source>{field} contiene caratteri invisibili o di controllo che non si possono usare: lo cancelli e lo riscriva con la tastiera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="124"/>
        <source>{field} contiene caratteri che le lettere e i moduli dell&apos;INPS non possono stampare{valore}: usi le lettere dell&apos;alfabeto latino, anche accentate, le cifre e i segni comuni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="128"/>
        <source>{field} è troppo lungo: al massimo {max_length} caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="166"/>
        <source>Il codice fiscale è composto da 16 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="180"/>
        <source>Scriva {what} solo con lettere (sono ammessi spazi, apostrofo e trattino).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="193"/>
        <source>Scriva la data di nascita come gg/mm/aaaa, ad esempio 08/05/1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="196"/>
        <source>La data di nascita non è una data valida: la scriva come gg/mm/aaaa, ad esempio 08/05/1957.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="198"/>
        <source>La data di nascita non può essere nel futuro: controlli l’anno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="200"/>
        <source>La data di nascita è di più di 120 anni fa: controlli l’anno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="216"/>
        <source>Il CAP è formato da 5 cifre, senza lettere né spazi (ad esempio 27100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="224"/>
        <source>Il numero civico è un numero, eventualmente con una lettera o una barra (es. 23/25, 12B) oppure SNC se non c’è.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="237"/>
        <source>La provincia si scrive con la sigla di 2 lettere, ad esempio PV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="248"/>
        <source>Scriva l&apos;IBAN del conto su cui ricevere la pensione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="250"/>
        <source>L&apos;IBAN di un conto italiano inizia con IT: controlli di averlo copiato dall&apos;inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="252"/>
        <source>L&apos;IBAN italiano è formato da 27 caratteri: ne ha scritti {n_code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="254"/>
        <source>L&apos;IBAN non ha la forma giusta (IT, 2 cifre, una lettera, 22 tra cifre e lettere): lo ricopi dall&apos;estratto conto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="257"/>
        <source>L&apos;IBAN non è corretto: probabilmente un carattere è sbagliato. Lo ricopi con attenzione dall&apos;estratto conto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="286"/>
        <source>Il numero di telefono può contenere solo cifre (e il + iniziale per i numeri esteri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="293"/>
        <source>Il numero estero deve avere tra 8 e 15 cifre, prefisso del paese compreso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="298"/>
        <source>Il numero di cellulare italiano inizia con 3 e ha 9 o 10 cifre (es. 3401234567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="300"/>
        <source>Il numero di telefono fisso italiano inizia con 0 (il prefisso) e ha da 6 a 11 cifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="319"/>
        <source>L’indirizzo {label} non è scritto bene: deve essere come nome@esempio.it, senza spazi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="333"/>
        <source>E’ obbligatorio l’inserimento di almeno un contatto telefonico e di un contatto email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="342"/>
        <source>{contacts_mandatory} Scriva almeno il cellulare o il telefono fisso: altrimenti la richiesta non può andare avanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/fields.py" line="344"/>
        <source>{contacts_mandatory} Scriva almeno un indirizzo e-mail o PEC: altrimenti la richiesta non può andare avanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="28"/>
        <source>carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="29"/>
        <source>patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="30"/>
        <source>passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="33"/>
        <location filename="../../app/services/person_cards.py" line="22"/>
        <source>Carta d&apos;identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="34"/>
        <location filename="../../app/services/person_cards.py" line="23"/>
        <source>Patente di guida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="35"/>
        <location filename="../../app/services/person_cards.py" line="24"/>
        <source>Passaporto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="49"/>
        <source>Tipo di documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="49"/>
        <source>Numero del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="50"/>
        <source>Rilasciato da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="50"/>
        <source>Data di scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="97"/>
        <source>Inserisca il numero del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="101"/>
        <source>Il numero della carta d&apos;identità non ha la forma giusta: la carta elettronica ha 9 caratteri come CA12345AB (in alto a destra), quella cartacea 2 lettere e 7 cifre come AX1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="107"/>
        <source>Il numero della patente (campo 5) ha 10 caratteri: inizia con U1 e finisce con una lettera, come U1L69I902B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="112"/>
        <source>Il numero del passaporto è formato da 2 lettere e 7 cifre, come YA1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="113"/>
        <location filename="../../app/services/id_documents.py" line="138"/>
        <source>Scelga il tipo di documento: carta d&apos;identità, patente o passaporto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="118"/>
        <source>Inserisca la data di scadenza del documento nella forma gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="120"/>
        <source>Il documento è scaduto il {it_date}: serve un documento di identità in corso di validità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="123"/>
        <source>La scadenza {it_date} è troppo lontana: nessun documento dura più di 10 anni. Controlli la data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="146"/>
        <source>Scriva chi ha rilasciato il documento (per esempio: Comune di Pavia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="148"/>
        <source>L&apos;ente di rilascio va scritto in lettere, per esempio &quot;Comune di Pavia&quot; o &quot;Questura di Bologna&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="153"/>
        <source>La data di scadenza va scritta nella forma gg/mm/aaaa, per esempio 12/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="172"/>
        <source>Questo documento non è nel portafoglio della persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="184"/>
        <source>{documento} n. {numero}, rilasciato da {ente}, scade il {scadenza}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/id_documents.py" line="186"/>
        <source>{documento} n. {numero}, rilasciata da {ente}, scade il {scadenza}</source>
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
        <location filename="../../app/services/pension.py" line="248"/>
        <source>Per le pensioni con decorrenza nel {year} la simulazione non ha i coefficienti di trasformazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="428"/>
        <source>Non risultano contributi sulla sua posizione: la simulazione non è possibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="462"/>
        <source>La crescita annua della retribuzione va scelta tra 0% e 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="464"/>
        <source>La crescita del PIL va scelta tra 1% e 1,5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="470"/>
        <source>La data di cessazione dell&apos;attività non può essere nel passato: scelga una data da oggi in poi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="472"/>
        <source>La data di cessazione dell&apos;attività non può superare il compimento dei {max_age} anni ({limit:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="486"/>
        <source>Scriva la data nella forma mm/aaaa (per esempio 12/2030) oppure gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="488"/>
        <source>Indichi quando pensa di smettere di lavorare. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="497"/>
        <source>La data indicata non esiste. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="509"/>
        <source>Utente non riconosciuto: effettui di nuovo l&apos;accesso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pension.py" line="512"/>
        <source>Risulta già titolare di una pensione di vecchiaia o anzianità: il servizio «La mia pensione futura» è rivolto a chi non è ancora in pensione. Consulti i dati della sua pensione nel Fascicolo previdenziale, sezione Prestazioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="26"/>
        <source>cellulare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="26"/>
        <source>telefono fisso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="27"/>
        <source>attiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="27"/>
        <source>bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="27"/>
        <source>sospesa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="27"/>
        <source>revocata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="29"/>
        <source>Sono le credenziali iniziali della persona di prova: valgono solo in Palestra INPS. Se nella simulazione le ha cambiate o ne ha ricevute di nuove, valgono quelle nuove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="83"/>
        <source>Il PIN è scaduto: all&apos;accesso il portale chiede di rinnovarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="85"/>
        <source>È ancora il vecchio PIN di 16 caratteri: vale fino alla modifica periodica; allora il portale guida a sceglierne uno di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="107"/>
        <source>L&apos;identità SPID è {stato}: serve a esercitarsi con gli errori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="121"/>
        <source>Il token si inserisce direttamente in una porta USB del computer: il lettore di smart card non serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="205"/>
        <source>Nessuna persona scelta: scelga una persona in «Io sono».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/person_cards.py" line="217"/>
        <source>In questo mondo non ci sono persone di prova: usi «Ricomincia da capo».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/personas.py" line="310"/>
        <location filename="../../app/services/personas.py" line="331"/>
        <source>presentata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/personas.py" line="310"/>
        <location filename="../../app/services/personas.py" line="331"/>
        <source>Domanda acquisita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/personas.py" line="313"/>
        <source>accolta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/personas.py" line="314"/>
        <source>Pensione liquidata con decorrenza {decorrenza:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/personas.py" line="334"/>
        <source>In attesa di convocazione a visita medica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="80"/>
        <source>richiesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="81"/>
        <source>richiesto (prima parte inviata, seconda parte in arrivo per posta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="82"/>
        <source>completo, in attesa del primo accesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="83"/>
        <source>da cambiare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="84"/>
        <source>attivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="85"/>
        <source>scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="86"/>
        <source>bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="87"/>
        <source>revocato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="89"/>
        <location filename="../../app/services/session.py" line="19"/>
        <source>PIN ordinario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="89"/>
        <location filename="../../app/services/session.py" line="20"/>
        <source>PIN dispositivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="105"/>
        <source>Gentile utente, è necessario generare un nuovo PIN (*), seleziona il pulsante “Avanti” e segui le istruzioni indicate dalla procedura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="109"/>
        <source>(*) Ai sensi dell’allegato B comma 5 del Dlgs 196/2003 la parola chiave deve essere modificata al primo utilizzo e successivamente almeno ogni 6 mesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="113"/>
        <source>Le segnaliamo che il suo PIN non è dispositivo. Se deve richiedere una prestazione economica, ottenere l’ISEE o segnalare la variazione dell’indirizzo di residenza può convertirlo in dispositivo utilizzando l’apposita funzionalità del menu “Il PIN online“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="118"/>
        <source>Attenzione! Il codice PIN contiene solo caratteri numerici da 0 a 9 e caratteri alfabetici da A ad F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="122"/>
        <source>Il suo PIN è scaduto: per sicurezza il PIN va cambiato almeno ogni {months} mesi. Per continuare scelga ora un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="136"/>
        <source>È il momento della modifica periodica del PIN. Il suo PIN ha ancora 16 caratteri: dal 1/03/2013 il PIN è di 8 caratteri e, come annunciato dall&apos;INPS, «Gli utenti già dotati di PIN attivo da 16 caratteri potranno continuare ad utilizzarlo sino alla modifica periodica allorchè saranno guidati per la generazione di uno a 8 caratteri». Prema «Avanti» e scelga il nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="143"/>
        <source>Per riavere l’accesso può: ripristinare il PIN con «Hai smarrito il PIN?» usando i recapiti (cellulare ed e-mail) indicati quando lo ha richiesto; revocare il PIN e richiederne uno nuovo; oppure chiamare il Contact Center al numero 803 164 (gratuito da rete fissa) o 06 164 164 (da rete mobile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="212"/>
        <source>Stato del PIN sconosciuto: «{to}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="216"/>
        <source>Operazione non possibile: il PIN è {state_labels} e non può diventare {state_labels2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="289"/>
        <source>Nessun PIN INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="290"/>
        <source>{kind}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="293"/>
        <source>{text}, scade il {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="295"/>
        <source>{text}; è ancora il vecchio PIN di 16 caratteri: alla modifica periodica ne sceglierà uno di 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="300"/>
        <source>{text}; la lettera arriva il {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="302"/>
        <source>{text}; conversione in dispositivo in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="303"/>
        <source>{text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="312"/>
        <source>Per questo codice fiscale c’è già una richiesta di PIN in corso: la prima parte è stata inviata ai recapiti indicati e la seconda parte arriverà per posta all’indirizzo di residenza. Attenda la lettera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="317"/>
        <source>Per questo codice fiscale esiste già un PIN, ma è bloccato. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="319"/>
        <source>Per questo codice fiscale esiste già un PIN INPS. Se non lo ricorda usi «Hai smarrito il PIN?»; se è scaduto, entri con il vecchio PIN e il sistema le farà scegliere un nuovo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="341"/>
        <source>Canale di rilascio del PIN sconosciuto: «{channel}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="343"/>
        <source>Tipo di PIN sconosciuto: «{kind}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="415"/>
        <source>Non ci sono recapiti (cellulare, e-mail o PEC) a cui inviare la prima parte del PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="498"/>
        <source>Le resta 1 tentativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="498"/>
        <source>Le restano {left} tentativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="520"/>
        <source>Codice fiscale o PIN non corretti per {limit} volte di seguito: per sicurezza il PIN è stato bloccato. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="526"/>
        <source>Codice fiscale o PIN non corretti. {attempts_phrase} prima che il PIN venga bloccato. Controlli di scrivere il PIN completo, senza spazi (maiuscole o minuscole sono uguali).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="534"/>
        <source>Il suo PIN è bloccato per troppi tentativi errati. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="573"/>
        <source>Inserisca il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="580"/>
        <source>Il PIN di questo codice fiscale è stato revocato. Per entrare richieda un nuovo PIN con «Richiedi e gestisci il tuo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="583"/>
        <source>Codice fiscale o PIN non corretti: per questo codice fiscale non risulta un PIN INPS. Controlli il codice fiscale; se non ha ancora un PIN può richiederlo con «Richiedi e gestisci il tuo PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="588"/>
        <source> (arrivo previsto il {fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="591"/>
        <source>Il suo PIN non è ancora completo: servono la prima parte (ricevuta per SMS o e-mail) e la seconda parte, che arriverà per posta all’indirizzo di residenza{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="651"/>
        <source>Scriva il nuovo PIN: 8 caratteri tra lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="654"/>
        <source>Il nuovo PIN deve avere esattamente 8 caratteri: ne ha scritti {n_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="658"/>
        <source>Il nuovo PIN può contenere solo lettere (senza accenti) e numeri: tolga spazi, punti e altri simboli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="663"/>
        <source>Il nuovo PIN non può essere una parte del suo codice fiscale: scelga un&apos;altra combinazione di lettere e numeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="667"/>
        <source>Il nuovo PIN deve essere diverso da quello precedente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="670"/>
        <source>Scriva di nuovo il nuovo PIN nel campo di conferma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="673"/>
        <source>I due PIN scritti non sono uguali: riscriva lo stesso PIN in tutti e due i campi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="706"/>
        <source>Per questo codice fiscale non risulta un PIN INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="709"/>
        <source>Il PIN non può essere cambiato ora: è {state_labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="748"/>
        <location filename="../../app/services/pin.py" line="764"/>
        <source>Per questo codice fiscale non risulta un PIN INPS da convertire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="750"/>
        <source>Il suo PIN è già di tipo dispositivo: non serve convertirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="752"/>
        <source>Il suo PIN è bloccato: prima di convertirlo deve riavere l’accesso. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="766"/>
        <source>Il suo PIN è già di tipo dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin.py" line="789"/>
        <source>Il PIN di questo codice fiscale non è bloccato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="57"/>
        <source>Il suo PIN è già di tipo dispositivo: con questo PIN può già richiedere le prestazioni all&apos;INPS. Non serve convertirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="61"/>
        <source>La sua richiesta di PIN dispositivo è stata ricevuta ed è in lavorazione: entro qualche ora riceverà un&apos;e-mail di conferma. Non serve ripetere l&apos;invio; se vuole, riprovi la procedura più tardi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="65"/>
        <source>Il file è stato caricato correttamente. La sua richiesta di PIN dispositivo è in lavorazione: entro qualche ora riceverà un&apos;e-mail di conferma all&apos;indirizzo {address}. Da quel momento il suo PIN sarà dispositivo e potrà presentare domande all&apos;INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="70"/>
        <source>N.B. è necessario avere una scansione/foto di un documento di identità valido sul PC per poterla poi inviare a INPS unitamente alla richiesta che si scarica durante la procedura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="74"/>
        <source>Attenzione! Il file pdf che andrete a generare dovrà essere unico e comprendere entrambi i documenti (richiesta + copia del documento di riconoscimento).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="140"/>
        <source>Per questo codice fiscale non risulta un PIN INPS da convertire: prima richieda il PIN con «Richiedi PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="147"/>
        <source>Il suo PIN è bloccato: prima di convertirlo deve riavere l&apos;accesso. {ways_out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="149"/>
        <source>Il suo PIN non è ancora attivo: completi prima il primo accesso con il PIN di 16 caratteri e scelga il nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="178"/>
        <source>Per convertire il PIN deve prima entrare con codice fiscale e PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="180"/>
        <source>La conversione riguarda il PIN INPS: entri con codice fiscale e PIN ordinario (con SPID o CNS può già presentare domande).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="238"/>
        <source>I dati anagrafici o l&apos;indirizzo presenti negli archivi INPS non sono completi: chiami il Contact Center (803 164) per correggerli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="275"/>
        <source>Confermi che i dati anagrafici e l&apos;indirizzo di residenza sono corretti. Se non lo sono, li faccia correggere prima chiamando il Contact Center (803 164).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="317"/>
        <source>Modulo non trovato: lo scarichi di nuovo con la procedura «Converti PIN».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="342"/>
        <source>Il file non può essere accettato: {valore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="369"/>
        <source>Il file «{name}» pesa {mb}: il limite è {replace}. Lo scansioni di nuovo in bianco e nero o con una risoluzione più bassa (150-200 dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="391"/>
        <source>Il PDF «{name}» è protetto da password: lo salvi di nuovo senza password e lo carichi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="395"/>
        <source>Il PDF «{name}» non ha pagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="397"/>
        <source>Il PDF ha {n_pages} pagine: bastano il modulo firmato e la copia fronte/retro del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="403"/>
        <source>Il file «{name}» non si apre: il PDF è danneggiato. Lo scansioni di nuovo e lo salvi in formato PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="417"/>
        <source>Scelga il file da caricare: il PDF con il modulo firmato e la copia del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="421"/>
        <source>Ha scelto {n_files} file ({names}): il modulo firmato e la copia del documento di identità devono stare in un unico file PDF. Li scansioni insieme, uno dopo l&apos;altro, nello stesso PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="426"/>
        <source>Il file «{short}» è vuoto: lo scansioni di nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="433"/>
        <source>Il file «{short}» è un&apos;immagine ({upper}): un&apos;immagine contiene un solo foglio, mentre il modulo firmato e la copia fronte/retro del documento devono stare insieme in un unico file PDF. Scansioni entrambi in un solo PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="438"/>
        <source>Il file «{short}» non è un PDF né un&apos;immagine: si possono caricare solo file PDF. Scansioni il modulo firmato e il documento in un unico PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="453"/>
        <source>Nel file non c&apos;è il modulo di richiesta del PIN dispositivo: stampi il modulo scaricato con «Converti PIN», lo firmi e lo scansioni insieme al documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="460"/>
        <source>Il modulo è intestato a un&apos;altra persona (codice fiscale {form_cf}): carichi il modulo che ha scaricato entrando con il suo codice fiscale e il suo PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="465"/>
        <source>Il modulo non è stato prodotto dalla procedura «Converti PIN» per lei: lo scarichi di nuovo dalla procedura, senza modificarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="473"/>
        <source>Il modulo non è firmato: lo stampi, scriva la data, lo firmi e lo scansioni di nuovo insieme al documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="476"/>
        <source>La firma sul modulo ({signature}) non è quella del richiedente {nome} {cognome}: il modulo va firmato dall&apos;interessato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="479"/>
        <source>Sul modulo manca la data: accanto a «Luogo e data» scriva la data di oggi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="481"/>
        <source>La data scritta sul modulo è nel futuro: scriva la data di oggi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="483"/>
        <source>Nel file manca la copia del documento di identità: scansioni il documento (fronte e retro) nello stesso PDF del modulo firmato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="492"/>
        <source>La copia del documento è di un&apos;altra persona: alleghi il suo documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="494"/>
        <source>Il documento allegato (n. {number}) non è quello indicato nel modulo (n. {declared}): alleghi lo stesso documento, oppure rifaccia il modulo con i dati del documento che allega.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="499"/>
        <source>Nella copia del documento manca il {missing}: serve la copia fronte/retro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="502"/>
        <source>Il documento allegato è scaduto il {expires:%d/%m/%Y}: serve un documento di identità in corso di validità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="606"/>
        <source>Il file «{short}» non si può leggere: controlli di averlo scelto bene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="633"/>
        <source>Metta nel fax almeno un foglio: il modulo firmato e la copia del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="640"/>
        <source>Scriva il numero di fax: per la conversione del PIN è {fax_number_shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="643"/>
        <source>Il fax non è partito: al numero {number} non risponde un fax. Il numero per inviare la richiesta di PIN dispositivo è {fax_number_shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_conversion.py" line="671"/>
        <location filename="../../app/services/pin_conversion.py" line="674"/>
        <source>Trasmissione completata ({n_sheets} pagine). L&apos;INPS le risponderà per e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="29"/>
        <source>Il PIN è stato ripristinato. Le abbiamo inviato un nuovo PIN di 16 caratteri in due parti: la prima parte all’indirizzo e-mail (o PEC) e la seconda parte per SMS sul cellulare registrati. Unisca le due parti (prima quella dell’e-mail, poi quella dell’SMS) ed entri con il codice fiscale e il PIN di 16 caratteri: le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_recovery.py" line="35"/>
        <source>Il PIN è stato revocato: non può più essere usato. Le abbiamo inviato una conferma per e-mail. Ora può richiedere un nuovo PIN con «Richiedi PIN»: la prima parte arriverà subito per SMS o e-mail, la seconda per posta all’indirizzo di residenza.</source>
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
        <source>Questo PIN non è mai stato usato: non si può ripristinare (ricostruzione). Usi «Revoca PIN» e poi richieda un nuovo PIN.</source>
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
        <location filename="../../app/services/pin_request.py" line="45"/>
        <source>La richiesta del PIN è stata inserita correttamente: riceverà la prima parte ai contatti personali indicati nella richiesta (cellulare, email, PEC), la seconda parte le sarà spedita all’indirizzo di residenza. In caso di necessità (ad esempio se l’indirizzo di residenza indicato è diverso da quello presente negli archivi INPS), la ricontatteremo al numero indicato come “Telefono preferenziale”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="53"/>
        <source>L’indirizzo di residenza indicato è diverso da quello presente negli archivi INPS: il Contact Center la chiamerà al numero indicato come “Telefono preferenziale” per verificarlo, poi la seconda parte del PIN le sarà spedita a questo indirizzo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="58"/>
        <source>Negli archivi INPS non risulta ancora un indirizzo di residenza per questo codice fiscale: il Contact Center la chiamerà al numero indicato come “Telefono preferenziale” per verificare i dati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="72"/>
        <location filename="../../app/services/pin_request.py" line="493"/>
        <source>Codice Fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="73"/>
        <location filename="../../app/services/pin_request.py" line="499"/>
        <source>Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="74"/>
        <location filename="../../app/services/pin_request.py" line="494"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="75"/>
        <location filename="../../app/services/pin_request.py" line="495"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="76"/>
        <location filename="../../app/services/pin_request.py" line="496"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="77"/>
        <location filename="../../app/services/pin_request.py" line="497"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="78"/>
        <source>Nato all&apos;estero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="79"/>
        <source>Comune di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="80"/>
        <source>Provincia di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="81"/>
        <source>Stato estero di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="82"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="86"/>
        <source>Provincia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="87"/>
        <source>Stato estero di residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="89"/>
        <source>Indirizzo estero (via, numero, codice postale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="94"/>
        <location filename="../../app/services/pin_request.py" line="505"/>
        <source>Telefono preferenziale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="95"/>
        <source>Fascia oraria preferita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="219"/>
        <location filename="../../app/services/pin_request.py" line="256"/>
        <source>Scelga la residenza: Italiana oppure Estera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="267"/>
        <source>Scriva {what} come sul codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="274"/>
        <source>Indichi il sesso: maschio (M) oppure femmina (F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="284"/>
        <source>Scriva lo Stato estero in cui è nato (ad esempio Germania).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="288"/>
        <location filename="../../app/services/pin_request.py" line="363"/>
        <source>Stato estero non trovato: scriva il nome in italiano, ad esempio Germania, Svizzera, Argentina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="295"/>
        <source>Scriva il comune di nascita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="299"/>
        <source>Comune di nascita non trovato: controlli come è scritto (ad esempio Voghera).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="308"/>
        <source>Il comune di {birthplace} è in provincia di {province}, non {prov}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="328"/>
        <source>Il codice fiscale non corrisponde ai dati anagrafici inseriti (cognome, nome, sesso, data e luogo di nascita): controlli il codice fiscale e i dati, carattere per carattere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="342"/>
        <source>I dati anagrafici non corrispondono a quelli presenti negli archivi INPS per questo codice fiscale ({mismatch}): li scriva come sul codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="352"/>
        <source>Scriva lo Stato estero di residenza (ad esempio Germania).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="353"/>
        <source>Scriva la città di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="354"/>
        <source>Scriva l’indirizzo di residenza all’estero (via, numero e codice postale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="361"/>
        <source>Per chi abita in Italia scelga «Residenza Italiana» al passo 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="369"/>
        <source>Scriva l’indirizzo di residenza (via o piazza).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="372"/>
        <source>Scriva il numero civico (se non c’è, scriva SNC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="379"/>
        <source>Scriva il CAP: 5 cifre, ad esempio 27100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="385"/>
        <source>Scriva il comune di residenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="389"/>
        <source>Comune non trovato: controlli come è scritto (ad esempio Pavia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="396"/>
        <source>Scriva la sigla della provincia: 2 lettere, ad esempio PV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="400"/>
        <source>Il comune di {comune} è in provincia di {province}, non {prov}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="415"/>
        <source>Scelga il telefono preferenziale: cellulare o fisso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="417"/>
        <source>Ha scelto il cellulare come telefono preferenziale ma non lo ha scritto: scriva il cellulare o scelga il fisso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="420"/>
        <source>Ha scelto il telefono fisso come preferenziale ma non lo ha scritto: scriva il fisso o scelga il cellulare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="424"/>
        <source>Scelga una fascia oraria tra quelle proposte (9-13, 14-18, 18-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="489"/>
        <source>{luogo} (Stato estero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="498"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="499"/>
        <source>Estera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="499"/>
        <source>Italiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/pin_request.py" line="506"/>
        <source>Fascia oraria</source>
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
        <location filename="../../app/services/scenarios.py" line="43"/>
        <source>Il PIN era già bloccato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="47"/>
        <source>PIN bloccato come dopo {limit} tentativi errati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="55"/>
        <source>Il PIN era già scaduto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="58"/>
        <source>PIN scaduto (la scadenza periodica è passata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="64"/>
        <source>{nome} {cognome} non ha un&apos;identità SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="73"/>
        <source>Identità SPID {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="82"/>
        <source>{nome} {cognome} non ha una tessera sanitaria-CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="85"/>
        <source>Tessera sanitaria-CNS bloccata (PIN della carta sbagliato troppe volte: serve il PUK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="93"/>
        <source>Nessuna lettera è in viaggio per {nome} {cognome}: prima deve essere richiesto il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="96"/>
        <source>La lettera in viaggio è andata persa: non arriverà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="103"/>
        <source>{nome} {cognome} non ha un documento di identità.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="106"/>
        <source>Il documento di identità risulta scaduto: allo sportello va rifiutato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="116"/>
        <source>{nome} {cognome} ha già un PIN: la richiesta online non si può ripetere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="121"/>
        <source>PIN richiesto online: la prima parte è arrivata per SMS (ed e-mail), la lettera con la seconda parte arriverà{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="133"/>
        <location filename="../../app/services/scenarios.py" line="154"/>
        <source>{nome} {cognome} non ha un documento di identità valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="140"/>
        <source>Modulo di richiesta del PIN dispositivo n. {code} scaricato con «Converti PIN»: è pronto da stampare sulla Scrivania.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="165"/>
        <source>Richiesta di PIN dispositivo n. {code} inviata e accolta: l&apos;INPS la sta verificando, l&apos;e-mail di conferma arriverà il {confirm_at:%d/%m/%Y} alle {confirm_at:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="184"/>
        <source>PIN bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="185"/>
        <source>Il PIN è bloccato come dopo troppi tentativi errati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="186"/>
        <source>PIN scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="187"/>
        <source>Il PIN è scaduto: va rinnovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="188"/>
        <source>SPID sospeso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="189"/>
        <source>L&apos;identità SPID è sospesa dal gestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="190"/>
        <source>SPID bloccato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="191"/>
        <source>L&apos;identità SPID è bloccata per troppe password sbagliate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="193"/>
        <source>Tessera CNS bloccata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="194"/>
        <source>La tessera sanitaria-CNS è bloccata: serve il PUK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="195"/>
        <source>Lettera smarrita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="196"/>
        <source>La lettera con la seconda parte del PIN, già spedita, non arriverà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="198"/>
        <source>Documento scaduto allo sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="199"/>
        <source>Il documento di identità della persona è scaduto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="200"/>
        <source>PIN richiesto online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="201"/>
        <source>Il PIN è stato richiesto online: la prima parte è sul telefono, la lettera con la seconda parte è in viaggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="203"/>
        <source>Modulo del PIN dispositivo scaricato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="204"/>
        <source>Con «Converti PIN» è stato preparato il modulo di richiesta del PIN dispositivo: va stampato, firmato e inviato con la copia del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="206"/>
        <source>PIN dispositivo in lavorazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="207"/>
        <source>La richiesta di conversione del PIN ordinario in dispositivo è stata inviata e accolta: il PIN diventa dispositivo dopo qualche ora, con l&apos;e-mail di conferma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="210"/>
        <source>Certificato medico da usare per la domanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="211"/>
        <source>Il medico ha inviato il certificato medico introduttivo: la domanda di invalidità civile è ancora da presentare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="213"/>
        <source>Contributi versati dopo la pensione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scenarios.py" line="214"/>
        <source>La pensionata ha lavorato part-time per quattro anni dopo la pensione: può chiedere il supplemento.</source>
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
        <location filename="../../app/services/sede.py" line="57"/>
        <source>Sezione 1 - Dati anagrafici del richiedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="60"/>
        <source>Sezione 2 - Residenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="62"/>
        <source>Sezione 3 - Recapiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="63"/>
        <source>Sezione 4 - Documento di riconoscimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="70"/>
        <source>Firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="74"/>
        <source>Documento scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="75"/>
        <source>Il documento non corrisponde alla persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="76"/>
        <source>Il documento non è quello scritto nel modulo MV35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="135"/>
        <source>{prima} {poi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="142"/>
        <source>Lei ha già un PIN dispositivo: non serve richiederne un altro. Se non lo ricorda usi «Hai smarrito il PIN?»; se è scaduto, entri con il vecchio PIN e ne sceglierà uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="202"/>
        <source>Il modulo MV35 va compilato e presentato personalmente dall&apos;interessato: non sono ammesse deleghe. Scriva il suo codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="210"/>
        <source>Firmi il modulo MV35 prima di consegnarlo allo sportello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="223"/>
        <source>Il modulo MV35 è già stato consegnato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="311"/>
        <source>La {documento} è scaduta il {scadenza:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="314"/>
        <source>Il passaporto è scaduto il {scadenza:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="318"/>
        <source>Il documento è intestato a {nome} {cognome} (nato/a il {nascita:%d/%m/%Y}), non a {nome2} {cognome2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="324"/>
        <source>Nel modulo MV35 è scritto il documento n. {scritto}, ma è stato esibito il documento n. {esibito}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="332"/>
        <source>Documento non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="341"/>
        <source>In questa visita il documento lo controlla lei, come operatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="343"/>
        <source>Prima compili e firmi il modulo MV35: lo consegnerà insieme al documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="345"/>
        <source>Il PIN le è già stato consegnato in busta chiusa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="356"/>
        <source>L&apos;operatore le restituisce il documento: «Mi dispiace, non posso assegnarle il PIN. {motivi} Mi mostri un documento di identità valido.»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="428"/>
        <source>Situazione sconosciuta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="432"/>
        <source>Questa situazione non è disponibile nel mondo attuale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="460"/>
        <location filename="../../app/services/sede.py" line="479"/>
        <source>Non c&apos;è una richiesta da decidere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="466"/>
        <source>Attenzione: non può assegnare il PIN. {motivi} Rifiuti la richiesta e chieda un documento di identità valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="481"/>
        <source>Scelga il motivo del rifiuto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="491"/>
        <source>Il documento è valido (scade il {scadenza}), è intestato a {intestatario} e corrisponde al modulo MV35: non c&apos;è motivo di rifiutare. Assegni il PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="494"/>
        <source>Il motivo scelto non è quello giusto: {motivi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="501"/>
        <source>Richiesta rifiutata ({motivo}). Al cittadino: «Mi dispiace, non posso assegnarle il PIN. {motivi} Torni con un documento di identità valido.»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="547"/>
        <source>L&apos;operatore verifica il documento e le consegna una busta chiusa: contiene il PIN di 16 caratteri, già operativo e di tipo dispositivo. Al primo accesso le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/sede.py" line="550"/>
        <source>Identità verificata: PIN dispositivo assegnato a {nome} {cognome} e consegnato in busta chiusa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="21"/>
        <source>SPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="22"/>
        <source>CNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="28"/>
        <source>L’accesso ai servizi online INPS tramite credenziali SPID o CNS è attivo dal 21 luglio 2017 e la loro valenza è pari a quello di un accesso tramite PIN dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="54"/>
        <source>SPID livello {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="107"/>
        <source>Per presentare una domanda deve prima entrare in MyINPS con le sue credenziali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="108"/>
        <source>Per presentare una domanda all&apos;INPS serve il PIN dispositivo, SPID di livello 2 oppure la Carta Nazionale dei Servizi (CNS). Lei è entrato con {label}, che permette solo di consultare i propri dati. Per avere il PIN dispositivo: nel menu «Il PIN online» scelga «Vuoi il PIN dispositivo?» e poi «Converti PIN» (serve la copia di un documento di identità valido); in una sede INPS lo ricevono subito. In alternativa esca ed entri di nuovo con SPID di livello 2 o CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="115"/>
        <source>Per presentare una domanda all&apos;INPS serve il PIN dispositivo. Lei è entrato con {label}: l&apos;accesso con SPID o CNS vale quanto un PIN dispositivo solo dal 21 luglio 2017, e oggi è il {today}. Fino ad allora SPID e CNS permettono solo di consultare i propri dati. Per presentare la domanda esca ed entri con il PIN dispositivo; se ha solo il PIN ordinario, nel menu «Il PIN online» scelga «Vuoi il PIN dispositivo?» e poi «Converti PIN», oppure lo riceva subito in una sede INPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="204"/>
        <source>Per la sua sicurezza la sessione sta per scadere: tra 1 secondo uscirà da MyINPS. Prema «Continua la sessione» per restare in MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="206"/>
        <source>Per la sua sicurezza la sessione sta per scadere: tra {seconds} secondi uscirà da MyINPS. Prema «Continua la sessione» per restare in MyINPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/session.py" line="210"/>
        <source>La sessione è scaduta per inattività e sei uscito da MyINPS. I dati non inviati non sono stati salvati. Per continuare entra di nuovo.</source>
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
        <location filename="../../app/services/spid.py" line="91"/>
        <source>Credenziali bloccate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="92"/>
        <source>Autenticazione fallita per ripetuta sottomissione di credenziali errate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="93"/>
        <source>Hai inserito credenziali errate troppe volte e per sicurezza la tua identità SPID è stata bloccata. Per sbloccarla segui «Hai dimenticato le credenziali?» sul sito del tuo gestore oppure chiama la sua assistenza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="99"/>
        <source>Livello SPID non sufficiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="100"/>
        <source>Utente privo di credenziali compatibili con il livello di autenticazione richiesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="101"/>
        <source>INPS chiede SPID di livello 2 (nome utente, password e codice temporaneo). Acquisisci credenziali di livello idoneo all&apos;accesso al servizio: chiedi al tuo gestore di attivare il livello 2, poi riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="107"/>
        <source>Tempo scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="108"/>
        <source>Timeout durante l&apos;autenticazione utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="109"/>
        <source>Si ricorda che l&apos;operazione di autenticazione deve essere completata entro un determinato periodo di tempo. Ricomincia da «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="114"/>
        <source>Consenso negato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="115"/>
        <source>L&apos;utente nega il consenso all&apos;invio di dati al fornitore del servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="116"/>
        <source>È necessario dare il consenso per poter accedere al servizio: senza i tuoi dati INPS non può riconoscerti. Ricomincia da «Entra con SPID» e premi «Autorizza l&apos;invio dei dati».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="121"/>
        <source>Credenziali sospese o revocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="122"/>
        <source>Utente con identità sospesa/revocata o con credenziali bloccate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="123"/>
        <source>La tua identità SPID non può essere usata in questo momento. Contatta il tuo gestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="127"/>
        <source>Accesso annullato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="128"/>
        <source>Processo di autenticazione annullato dall&apos;utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="129"/>
        <source>Hai annullato l&apos;accesso: nessun dato è stato inviato a INPS. Puoi riprovare quando vuoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="134"/>
        <source>La tua identità SPID è bloccata dopo troppi tentativi errati. Per sbloccarla segui «Hai dimenticato le credenziali?» sul sito di {provider} oppure chiama il numero {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="136"/>
        <source>La tua identità SPID è sospesa: {provider} l&apos;ha sospesa (per esempio dopo una segnalazione o per documenti scaduti). Chiama {provider} al numero {phone} per riattivarla; nel frattempo puoi entrare in MyINPS con il PIN o con la CNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="139"/>
        <source>La tua identità SPID è stata revocata e non si può più usare. Richiedi una nuova identità SPID a un gestore; nel frattempo puoi entrare in MyINPS con il PIN o con la CNS.</source>
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
        <location filename="../../app/services/spid.py" line="247"/>
        <source>Questo accesso non è più valido: ricomincia da «Entra con SPID».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="265"/>
        <source>Ti resta ancora 1 tentativo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="265"/>
        <source>Ti restano ancora {left} tentativi.</source>
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
        <location filename="../../app/services/spid.py" line="450"/>
        <source>Hai inserito un codice errato troppe volte e l&apos;accesso è stato interrotto per sicurezza. Ricomincia da «Entra con SPID» e copia con calma il codice dell&apos;SMS più recente.</source>
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
        <location filename="../../app/services/spid.py" line="564"/>
        <source>Accesso approvato. Torna al computer per continuare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="565"/>
        <source>Accesso rifiutato. Nessun dato è stato inviato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="588"/>
        <source>Nessuna richiesta inviata all&apos;app: premi «Utilizza l&apos;App».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/spid.py" line="596"/>
        <source>Hai rifiutato la richiesta di accesso nell&apos;app: nessun dato è stato inviato a INPS. Se sei stato tu, ricomincia da «Entra con SPID» e premi «Approva».</source>
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
    <message>
        <location filename="../../app/services/spid.py" line="797"/>
        <source>La nuova password è attiva e la tua identità SPID è sbloccata. Ora puoi entrare con SPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/time_rules.py" line="96"/>
        <source>La lettera con la seconda parte del PIN è arrivata: il PIN è completo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/time_rules.py" line="98"/>
        <source>La verifica di Converti PIN è finita: il PIN è dispositivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/time_rules.py" line="100"/>
        <source>Il PIN non cambiato da 6 mesi (3 per gli intermediari) è scaduto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/time_rules.py" line="102"/>
        <source>Le domande passano allo stato successivo e vengono definite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/time_rules.py" line="103"/>
        <source>Le rate di pensione del mese sono pagate (il 1° del mese).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
