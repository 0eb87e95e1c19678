### unstalk: die Texte eines Berichts auf Deutsch (Syntax von Project Fluent).
###
### Wer diese Texte liest: Menschen, die fürchten, dass ihr Partner oder Ex-Partner ihr Handy
### überwacht, und die Beraterinnen, Berater und Technikfachleute, die ihnen helfen. Viele, die
### das lesen, haben Angst. Schreiben Sie ruhig, einfach und genau, so wie Sie mit jemandem
### sprechen würden, der neben Ihnen sitzt.
###
### Wie diese Datei aufgebaut ist
###
### - Eine Nachricht pro Befund. Ihr Name ist „finding-“ und dahinter die Befund-ID, in der die
###   Punkte durch „_“ ersetzt sind (aus der Befund-ID „android.accessibility.enabled“ wird
###   „finding-android_accessibility_enabled“). Ändern Sie nie eine Nachrichten-ID oder einen
###   Attributnamen: Das Programm sucht sie über ihren Namen. Übersetzen Sie nur den Text nach „=“.
### - Der Wert einer Befund-Nachricht ist ein kurzer, einfacher Titel. Ihre fünf Attribute sind:
###     .what   was gefunden wurde, in einfachen Worten; jedes Fachwort im selben Satz erklären.
###     .means  was das für die Person konkret bedeuten kann („sie kann Ihre Nachrichten lesen“).
###     .sure   wie verlässlich das Ergebnis ist und warum: ein genauer Treffer auf einer Liste
###             bekannter Apps oder nur ein Verhalten, das auch seriöse Apps zeigen; eine
###             Berechtigung, die nur angefordert oder die auch erteilt wurde.
###     .next   die Möglichkeiten und ihre Risiken. Nie eine einzige Anweisung: Die Lesenden
###             entscheiden selbst.
###     .avoid  was man besser nicht tut, meist weil es die überwachende Person warnen oder
###             Beweise vernichten könnte.
###   Jeweils höchstens zwei bis vier kurze Sätze.
### - Die übrigen Nachrichten (nach den Befunden) sind Überschriften, Bezeichnungen für die
###   Einschätzung und die Sicherheitshinweise, die in jedem Bericht stehen.
### - Die Nachrichten dazu, was geprüft wurde („check-“) und warum etwas nicht geprüft wurde
###   („why-“), geben Zeilen wieder, die das Programm auf Englisch schreibt. Manche enthalten
###   Platzhalter wie { $path } oder { $count }: Lassen Sie diese unverändert, mit Klammern und
###   Namen. Das Programm setzt dort Werte ein, die nie übersetzt werden (eine Zahl, eine Datei,
###   eine Fehlermeldung, den Namen eines Datenauszugs wie „dumpsys package“). Da jede Nachricht
###   auf einer Zeile steht, schreiben Sie sie so, dass sie bei jeder Zahl stimmt. Ein Grund
###   („why-“) steht hinter einem Doppelpunkt: Ist er ein ganzer Satz, beginnt er groß.
###
### Regeln für jede Sprache
###
### - Schreiben Sie nie, dass ein Handy, eine App oder eine Person „sicher“, „sauber“ oder „nicht
###   überwacht“ ist: unstalk kann nur sagen, was seine Prüfungen gefunden haben. Schreiben Sie
###   nie „Ihr Handy ist kompromittiert“ oder „gehackt“.
### - Wer Stalkerware entfernt oder ausschaltet, kann damit die Person warnen, die sie installiert
###   hat. Behalten Sie diese Warnung überall bei, wo sie vorkommt, und auch die Reihenfolge:
###   erst festhalten, dann mit einer Beratungsstelle planen, dann handeln.
### - Keine Telefonnummern, Webadressen oder Namen von Organisationen: Diese legt jede
###   Organisation selbst fest.
### - Jeder Text steht auf einer Zeile. Verwenden Sie keine geschweiften Klammern, außer in
###   diesen Platzhaltern.
###
### Für die deutsche Fassung
###
### - Die Lesenden werden mit „Sie“ angesprochen. Kurze Sätze, ruhiger Ton, wie in einer
###   Beratungsstelle gegen häusliche Gewalt.
### - Feste Begriffe: „Stalkerware (Spionage-App)“, beim ersten Vorkommen erklärt;
###   „sichtbare Überwachungs- oder Kinderschutz-App“; „Bedienungshilfe (Accessibility-Dienst)“;
###   „Geräteadministrator“; „USB-Debugging“; „Play Protect“; „unbekannte Quellen“;
###   „Beratungsstelle“; „Sicherheitsplan“.

## Treffer auf Listen bekannter Stalkerware und Überwachungs-Apps („Indikator-Listen“)

finding-indicator_package = App steht auf einer Liste bekannter Überwachungs-Apps
    .what = Die Kennung dieser App (der interne Name, den jede Android-App hat) steht auf einer Liste von Stalkerware und anderen Überwachungs-Apps, die Fachleute führen. Stalkerware (Spionage-App) ist eine App, mit der jemand ein Handy heimlich überwacht. Die Details nennen die Produktfamilie, zu der die App gehört, und die Liste.
    .means = Gehört sie zu einer Stalkerware-Familie, ist die App dafür gemacht, jemanden heimlich zu überwachen. Je nach Produkt kann sie Ihre Nachrichten lesen, Anrufe mithören, Ihre Fotos sehen und wissen, wo Sie sind, und all das an eine andere Person schicken. Eine sichtbare Überwachungs- oder Kinderschutz-App kann vieles davon auch, ist aber dafür gedacht, dass man sie sieht.
    .sure = Die Kennung stimmt genau mit der Liste überein. Das ist eines der stärksten Zeichen, die unstalk hat. Die Einschätzung zeigt, welche Art von Familie gefunden wurde: bekannte Stalkerware, eine sichtbare Überwachungs- oder Kinderschutz-App oder eine App, die auch harmlose Zwecke hat. Listen können Fehler enthalten, deshalb kann eine erfahrene Fachperson die Details mit Ihnen prüfen.
    .next = Sie können die App vorerst lassen, sie entfernen, das Handy auf Werkseinstellungen zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken. Wenn Sie die App entfernen oder abschalten, kann die Person, die sie installiert hat, davon erfahren, und die Lage kann gefährlicher werden. Eine Beratungsstelle kann Ihnen helfen, das abzuwägen und einen Sicherheitsplan zu machen; nehmen Sie Kontakt über ein Gerät auf, auf das die andere Person nie Zugriff hatte.
    .avoid = Entfernen Sie die App nicht und erzählen Sie der Person, die Sie verdächtigen, nichts davon, bevor Sie einen Sicherheitsplan haben. Setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten): Beim Zurücksetzen werden auch die Beweise gelöscht.

finding-indicator_ios-bundle = iPhone-App steht auf einer Liste bekannter Überwachungs-Apps
    .what = Die Bundle-ID dieser App (der interne Name, den jede App auf iPhone und iPad hat) steht auf einer Liste von Stalkerware und anderen Überwachungs-Apps, die Fachleute führen. Die Details nennen die Produktfamilie und die Liste.
    .means = Je nach Produkt kann sie Ihre Nachrichten lesen, Ihre Fotos sehen und wissen, wo Sie sind, und das an eine andere Person schicken. Eine sichtbare Überwachungs- oder Kinderschutz-App kann vieles davon auch, ist aber dafür gedacht, dass man sie sieht.
    .sure = Die Bundle-ID stimmt genau mit der Liste überein. Das ist ein starkes Zeichen. Die Einschätzung zeigt, ob es bekannte Stalkerware ist, eine sichtbare Überwachungs- oder Kinderschutz-App oder eine App, die auch harmlose Zwecke hat. Listen können Fehler enthalten, deshalb lohnt es sich, die Details mit einer erfahrenen Fachperson anzusehen.
    .next = Sie können die App vorerst lassen, sie entfernen, das Gerät zurücksetzen oder auf ein neues Gerät wechseln. Jeder dieser Wege hat Risiken. Wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle und machen Sie einen Sicherheitsplan, von einem Gerät aus, auf das die andere Person nie Zugriff hatte.
    .avoid = Entfernen Sie die App nicht und stellen Sie die Person, die Sie verdächtigen, nicht zur Rede, bevor Sie einen Plan haben. Setzen Sie das Gerät nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten).

finding-indicator_signing-cert = App ist von einem bekannten Anbieter von Überwachungs-Apps signiert
    .what = Jede Android-App ist mit einem Zertifikat signiert. Das ist eine digitale Unterschrift, die zeigt, wer die App veröffentlicht hat. Das Zertifikat dieser App gehört laut Liste zu einem Stalkerware- oder Überwachungsprodukt.
    .means = Die App stammt von den Herstellern eines Überwachungsprodukts. Je nach Produkt kann sie Ihre Nachrichten lesen, wissen, wo Sie sind, und das an eine andere Person schicken.
    .sure = Das Zertifikat stimmt genau überein. Das ist ein starkes Zeichen, auch wenn die App umbenannt wurde. Ein Anbieter kann mehrere Produkte mit demselben Zertifikat signieren, es kann also auch ein anderes Produkt desselben Herstellers sein. Die Einschätzung zeigt, welche Art von Familie gefunden wurde.
    .next = Sie können die App vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken. Wenn Sie die App entfernen oder abschalten, kann die Person, die sie installiert hat, davon erfahren. Eine Beratungsstelle kann Ihnen helfen, einen Sicherheitsplan zu machen; nehmen Sie Kontakt über ein Gerät auf, auf das die andere Person nie Zugriff hatte.
    .avoid = Entfernen Sie die App nicht und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben. Setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten).

finding-indicator_cert-organization = Anbietername der App passt zu einem bekannten Hersteller von Überwachungs-Apps
    .what = Die Organisation, die im Signatur-Zertifikat dieser App steht (der digitalen Unterschrift, die den Anbieter zeigt), passt zu einem gelisteten Hersteller von Stalkerware oder Überwachungs-Apps.
    .means = Wenn der Treffer stimmt, stammt die App von den Herstellern eines Überwachungsprodukts. Je nach Produkt kann sie dann vielleicht Ihre Nachrichten lesen oder wissen, wo Sie sind.
    .sure = Diesen Namen trägt der Anbieter selbst ein. Er ist also ein guter Hinweis, aber kein Beweis: Ein anderer Anbieter könnte denselben oder einen ähnlichen Namen verwenden. Mehr Gewicht hat er, wenn andere Ergebnisse in dieselbe Richtung zeigen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern. Wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren.
    .avoid = Entfernen Sie die App nicht allein wegen dieses Hinweises, und stellen Sie niemanden zur Rede, bevor Sie einen Sicherheitsplan haben.

finding-indicator_cert-cn = Signaturname der App passt zu einem bekannten Muster von Überwachungs-Apps
    .what = Der Name im Signatur-Zertifikat dieser App (der digitalen Unterschrift, die den Anbieter zeigt) passt zu einem Muster, das Fachleute mit einem Stalkerware- oder Überwachungsprodukt in Verbindung bringen.
    .means = Wenn der Treffer stimmt, gehört die App zu diesem Produkt. Je nach Produkt kann sie dann vielleicht Ihre Nachrichten lesen oder wissen, wo Sie sind.
    .sure = Ein Muster für einen Namen ist schwächer als ein genauer Treffer: Auch Anbieter, die nichts damit zu tun haben, können Namen haben, die passen. Betrachten Sie es zusammen mit den anderen Ergebnissen zu dieser App.
    .next = Wenn andere Ergebnisse in dieselbe Richtung zeigen oder Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern. Wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren.
    .avoid = Entfernen Sie die App nicht allein wegen dieses Hinweises, und stellen Sie niemanden zur Rede, bevor Sie einen Sicherheitsplan haben.

finding-indicator_file-hash = Datei gehört zu einer bekannten Überwachungs-App
    .what = Der Fingerabdruck einer Datei stimmt mit einer Datei überein, die als Teil eines Stalkerware- oder Überwachungsprodukts gelistet ist. Gemeint ist ein Hash: ein Code, der aus dem genauen Inhalt der Datei berechnet wird.
    .means = Die Datei ist dieses Produkt oder ein Teil davon. Je nach Produkt kann es Ihre Nachrichten lesen, Anrufe mithören, wissen, wo Sie sind, und das an eine andere Person schicken.
    .sure = Ein Hash-Treffer bedeutet: Die Datei ist genau die gelistete Datei. Eindeutiger kann ein Treffer kaum sein, sofern die Liste stimmt. Die Einschätzung zeigt, ob es bekannte Stalkerware ist, eine sichtbare Überwachungs- oder Kinderschutz-App oder eine App, die auch harmlose Zwecke hat.
    .next = Wenn diese App auf einem Handy ist, können Sie sie vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken. Wenn Sie die App entfernen oder abschalten, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle und machen Sie einen Sicherheitsplan, von einem Gerät aus, auf das die andere Person nie Zugriff hatte.
    .avoid = Entfernen Sie die App nicht und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten). Stellen Sie die Person, die Sie verdächtigen, nicht zur Rede.

finding-indicator_domain = Webadresse eines Überwachungsprodukts gefunden
    .what = Eine App enthält eine Domain, oder das Handy hat sie aufgerufen. Eine Domain ist eine Webadresse wie example.com. Fachleute führen diese Adresse als Adresse eines Stalkerware- oder Überwachungsprodukts, das dort oft die gesammelten Daten empfängt. Die Details zeigen, wo sie gefunden wurde.
    .means = An solche Adressen werden oft gesammelte Nachrichten, Standorte und Fotos geschickt, und zwar an eine Online-Übersicht, die die andere Person liest.
    .sure = Ein starkes, aber indirektes Zeichen: Manche gelisteten Adressen gehören zu Diensten, die viele nutzen. Und eine App, die eine Adresse nur enthält, hat sie nicht unbedingt benutzt. Mehr Gewicht hat es zusammen mit den anderen Ergebnissen zu der App.
    .next = Wenn das auf eine App auf dem Handy hinweist, können Sie sie vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken, und wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle über einen Sicherheitsplan.
    .avoid = Unternehmen Sie nichts gegen die App und stellen Sie niemanden zur Rede, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben.

finding-indicator_ip = Internetadresse eines Überwachungsprodukts gefunden
    .what = Eine App enthält eine IP-Adresse, oder das Handy hat sie kontaktiert. Eine IP-Adresse ist die Zahlenadresse eines Computers im Internet. Fachleute führen diese Adresse als Adresse eines Stalkerware- oder Überwachungsprodukts.
    .means = An eine solche Adresse werden vielleicht gesammelte Nachrichten, Standorte und Fotos geschickt.
    .sure = IP-Adressen werden oft von vielen Websites geteilt, die nichts miteinander zu tun haben, und wechseln mit der Zeit den Besitzer. Dieser Treffer ist daher schwächer als ein Treffer bei der Kennung oder der Webadresse einer App. Betrachten Sie ihn zusammen mit den anderen Ergebnissen.
    .next = Wenn andere Ergebnisse in dieselbe Richtung zeigen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern. Wenn Sie eine App entfernen, kann die Person, die sie installiert hat, davon erfahren.
    .avoid = Handeln Sie nicht allein wegen dieses Treffers, und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben.

finding-indicator_url = Weblink eines Überwachungsprodukts gefunden
    .what = In einer App oder in den Daten des Handys wurde eine vollständige Webadresse gefunden (eine URL, zum Beispiel ein Link zu einer Seite oder zu einer Stelle zum Hochladen). Sie stimmt mit einer Adresse überein, die für ein Stalkerware- oder Überwachungsprodukt gelistet ist.
    .means = An solche Links schickt eine App oft, was sie sammelt, zum Beispiel Nachrichten, Standorte und Fotos. Oder sie holt sich dort ihre Anweisungen.
    .sure = Ein vollständiger Link ist genauer als eine Webadresse allein. Das ist also ein starkes Zeichen. Es zeigt, dass der Link vorhanden ist, aber nicht unbedingt, dass Daten verschickt wurden.
    .next = Wenn das auf eine App auf dem Handy hinweist, können Sie sie vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken, und wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle über einen Sicherheitsplan.
    .avoid = Unternehmen Sie nichts gegen die App und stellen Sie niemanden zur Rede, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben.

finding-indicator_email = E-Mail-Adresse eines Überwachungsprodukts gefunden
    .what = In einer App oder auf dem Handy wurde eine E-Mail-Adresse gefunden. Laut Liste gehört sie zu einem Stalkerware- oder Überwachungsprodukt, zum Beispiel als Adresse für Support oder Benutzerkonten.
    .means = Sie verbindet diese App oder dieses Handy mit einem Überwachungsprodukt. Was dieses Produkt kann, hängt von der Familie ab, die in den Details genannt ist.
    .sure = Die Adresse stimmt genau überein. Adressen können aber auch an harmlosen Stellen auftauchen, deshalb kommt es darauf an, wo sie gefunden wurde. Mehr Gewicht hat sie zusammen mit anderen Ergebnissen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen. Wenn sie in dieselbe Richtung zeigen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Handeln Sie nicht allein wegen dieses Treffers, und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben.

finding-indicator_yara = Datei passt zu einer Erkennungsregel für ein Überwachungsprodukt
    .what = Eine Datei passt zu einer Erkennungsregel. Das ist eine YARA-Regel: ein Muster aus Code oder Text, das Fachleute geschrieben haben, um eine bestimmte Stalkerware oder ein bestimmtes Überwachungsprodukt zu erkennen. Die Details nennen den Namen der Regel.
    .means = Die Datei ist wahrscheinlich dieses Produkt oder ein Teil davon. Je nach Produkt kann es Ihre Nachrichten lesen, wissen, wo Sie sind, und das an eine andere Person schicken.
    .sure = Regeln erkennen den Code eines Produkts und sind ziemlich zuverlässig. Manche sind aber weit gefasst und können auch verwandte oder ganz andere Apps erfassen. Der Name der Regel sagt, wonach sie sucht.
    .next = Wenn diese App auf einem Handy ist, können Sie sie vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken, und wenn Sie die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle und machen Sie einen Sicherheitsplan.
    .avoid = Entfernen Sie die App nicht und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten). Stellen Sie die Person, die Sie verdächtigen, nicht zur Rede.

finding-indicator_configuration-profile = iPhone-Einstellungsprofil eines Überwachungsprodukts
    .what = Auf diesem iPhone oder iPad ist ein Konfigurationsprofil installiert. Das ist ein Paket von Einstellungen, mit dem man das Gerät verwalten, seinen Internetverkehr umleiten oder Sicherheitszertifikate hinzufügen kann. Dieses Profil wird laut Liste von einem Überwachungsprodukt genutzt.
    .means = Mit so einem Profil kann eine andere Person das Gerät verwalten, sehen, welche Websites Sie besuchen, oder Apps installieren und sperren, ohne dass irgendein App-Symbol zu sehen ist.
    .sure = Das Profil stimmt genau mit der Liste überein. Auch Schulen und Arbeitgeber installieren Profile aus seriösen Gründen. Es kommt also darauf an, ob Sie wissen, woher es stammt.
    .next = Sie können das Profil vorerst lassen, es in den Einstellungen entfernen, das Gerät zurücksetzen oder auf ein neues Gerät wechseln. Jeder dieser Wege hat Risiken, und wenn Sie das Profil entfernen, kann die Person, die es installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle und machen Sie einen Sicherheitsplan.
    .avoid = Entfernen Sie das Profil nicht und setzen Sie das Gerät nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots). Stellen Sie die Person, die Sie verdächtigen, nicht zur Rede.

finding-indicator_android-property = Handy-Einstellung, die ein Überwachungsprodukt hinterlassen hat
    .what = Eine Systemeigenschaft (eine interne Einstellung von Android) hat auf diesem Handy einen Wert, den laut Liste ein Stalkerware- oder Überwachungsprodukt hinterlässt.
    .means = Das deutet darauf hin, dass das Produkt auf diesem Handy ist oder war. Was es kann, hängt von der Familie ab, die in den Details genannt ist.
    .sure = Der Wert stimmt genau überein. Eine Systemeigenschaft sagt aber weniger als die Kennung einer App: Sie kann bleiben, wenn die App schon weg ist. Betrachten Sie sie zusammen mit den anderen Ergebnissen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen. Wenn sie in dieselbe Richtung zeigen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, die Prüfsummen der ausgelesenen Daten), und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben.

finding-indicator_process = Laufendes Programm eines Überwachungsprodukts
    .what = Ein Programm, das auf dem Handy läuft, hat einen Namen, der laut Liste zu einem Stalkerware- oder Überwachungsprodukt gehört.
    .means = Wenn der Treffer stimmt, lief das Produkt, als das Handy geprüft wurde. Es sammelt dann vielleicht Nachrichten, Anrufe oder Standorte.
    .sure = Programmnamen lassen sich leicht kopieren, und ein häufiger Name kann zu einem ganz anderen Programm passen. Dieser Hinweis sollte daher durch andere Ergebnisse bestätigt werden, etwa durch die App, zu der das Programm gehört.
    .next = Wenn andere Ergebnisse in dieselbe Richtung zeigen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern. Wenn Sie das Programm beenden oder entfernen, kann die Person, die es installiert hat, davon erfahren.
    .avoid = Handeln Sie nicht allein wegen dieses Treffers, und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben.

finding-indicator_file-path = Datei eines Überwachungsprodukts auf dem Handy gefunden
    .what = Eine Datei oder ein Ordner auf dem Handy hat einen Namen oder Speicherort, den laut Liste ein Stalkerware- oder Überwachungsprodukt nutzt, zum Beispiel dort, wo es Aufnahmen aufbewahrt, bevor es sie verschickt.
    .means = Das deutet darauf hin, dass das Produkt auf diesem Handy ist oder war. Was es kann, hängt von der Familie ab, die in den Details genannt ist.
    .sure = Namen und Speicherorte können auch von harmlosen Apps genutzt werden. Das ist also ein Hinweis, kein Beweis. Mehr Gewicht hat er, wenn dieselbe Familie auch an anderer Stelle in diesem Bericht auftaucht.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen. Wenn sie in dieselbe Richtung zeigen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Löschen Sie die Datei nicht und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, die Prüfsummen der ausgelesenen Daten), und stellen Sie niemanden zur Rede, bevor Sie einen Plan haben.

finding-indicator_allow-listed = Treffer wegen der Ausnahmeliste nicht gewertet
    .what = Hier passte etwas zu einer Liste bekannter Überwachungs-Apps. Wer diese Prüfung durchführt, hat aber eine Ausnahmeliste angelegt, und sie sagt, dass dieser Treffer nicht gewertet werden soll, meist weil er als harmlos bekannt ist.
    .means = Er zählt für keine Einschätzung. Er wird gezeigt, damit nichts vor Ihnen verborgen bleibt.
    .sure = Die Ausnahmeliste haben Menschen geschrieben, nicht unstalk. Wenn sie veraltet ist, könnte hier ein echter Treffer zur Seite gelegt worden sein.
    .next = Wenn Sie dieser Treffer überrascht, bitten Sie die Person, die die Ausnahmeliste pflegt, ihn noch einmal anzusehen.
    .avoid = Ändern Sie die Ausnahmeliste nicht ohne die Person, die sie pflegt.

## Was das Handy selbst meldet (Android)

finding-android_accessibility_enabled = Für eine App ist eine Bedienungshilfe eingeschaltet
    .what = Eine Bedienungshilfe (Accessibility-Dienst) ist eine Einstellung für Hilfsprogramme, die Menschen mit Behinderungen die Bedienung des Handys erleichtern. Für diese App ist sie eingeschaltet. Damit kann die App sehen, was auf dem Bildschirm ist, und das Handy bedienen.
    .means = Damit kann eine App in jeder App Ihre Nachrichten lesen und mitlesen, was Sie tippen, auch Passwörter. Sie kann auch für Sie auf Schaltflächen tippen, zum Beispiel um ihre eigenen Warnungen wegzuklicken.
    .sure = unstalk hat diese Einstellung direkt vom Handy gelesen, sie ist also tatsächlich eingeschaltet. Auch Bildschirmleser, Passwort-Manager und andere seriöse Programme nutzen sie. Entscheidend ist, ob Sie diese App kennen und selbst gewählt haben.
    .next = Wenn Sie die App kennen und selbst gewählt haben, ist das vielleicht zu erwarten. Wenn nicht, können Sie sie vorerst lassen, die Bedienungshilfe ausschalten oder die App entfernen. Wenn Sie sie ausschalten oder entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle über einen Sicherheitsplan, von einem Gerät aus, auf das die andere Person nie Zugriff hatte.
    .avoid = Schalten Sie die Bedienungshilfe nicht aus und entfernen Sie die App nicht, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben. Stellen Sie die Person, die Sie verdächtigen, nicht zur Rede.

finding-android_device-admin_active = App ist aktiver Geräteadministrator
    .what = Geräteadministrator ist ein besonderer Status für Arbeits- und Diebstahlschutz-Apps. Damit kann eine App Regeln auf dem Handy durchsetzen. Für diese App ist er eingeschaltet.
    .means = Solange er aktiv ist, lässt sich die App nicht einfach deinstallieren. Je nachdem, was sie angefordert hat, kann sie vielleicht das Handy sperren, die Displaysperre ändern oder das Handy löschen.
    .sure = unstalk hat das direkt vom Handy gelesen, der Status ist also tatsächlich aktiv. Dienst-E-Mail, „Mein Gerät finden“ und manche Schutz-Apps nutzen ihn aus seriösen Gründen. Bedenklicher ist es, wenn eine App ihn nutzt, die Sie nicht kennen.
    .next = Wenn Sie die App nicht kennen, können Sie sie vorerst lassen. Oder Sie schalten ihren Status als Geräteadministrator in den Sicherheitseinstellungen aus und entfernen sie dann. Wenn Sie den Status ausschalten oder die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie mit einer Beratungsstelle über einen Sicherheitsplan, bevor Sie etwas tun.
    .avoid = Schalten Sie den Status nicht aus, entfernen Sie die App nicht und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten) und einen Plan haben.

finding-android_notification-listener_enabled = Eine App kann alle Ihre Benachrichtigungen lesen
    .what = Für diese App ist der Zugriff auf Benachrichtigungen eingeschaltet: Sie bekommt jede Benachrichtigung zu sehen, die auf dem Handy ankommt.
    .means = Benachrichtigungen zeigen Vorschauen von Nachrichten, die Namen der Menschen, die Ihnen schreiben, und Einmal-Codes für die Anmeldung. Die App kann also viel von Ihren Gesprächen mitlesen und könnte mit diesen Codes in Ihre Konten gelangen.
    .sure = unstalk hat diese Einstellung direkt vom Handy gelesen, sie ist also tatsächlich eingeschaltet. Smartwatch-, Messenger- und Automatisierungs-Apps nutzen sie aus seriösen Gründen. Wichtig ist das vor allem, wenn Sie diese App nicht selbst gewählt haben.
    .next = Wenn Sie diese App nicht selbst gewählt haben, können Sie sie vorerst lassen, den Zugriff ausschalten oder die App entfernen. Wenn Sie den Zugriff ausschalten oder die App entfernen, kann die Person, die sie installiert hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle über einen Sicherheitsplan, von einem Gerät aus, auf das die andere Person nie Zugriff hatte.
    .avoid = Schalten Sie den Zugriff nicht aus und entfernen Sie die App nicht, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben. Stellen Sie die Person, die Sie verdächtigen, nicht zur Rede.

finding-android_app_hidden-icon = App hat kein Symbol zum Öffnen
    .what = Diese App hat kein Symbol bei Ihren Apps. Sie können sie also nicht wie gewohnt sehen oder öffnen. Sie erscheint nur in den Einstellungen des Handys, in der Liste der Apps.
    .means = Stalkerware versteckt ihr Symbol, damit die überwachte Person sie nicht bemerkt. Im Hintergrund arbeitet sie weiter.
    .sure = Das Handy hat für diese App kein Symbol gemeldet. Aber auch manche seriösen Apps haben keins, zum Beispiel Tastaturen und Hilfsprogramme anderer Apps. Am meisten zählt das zusammen mit den anderen Ergebnissen zu dieser App.
    .next = Schauen Sie, ob Sie den Namen der App in den Einstellungen wiedererkennen. Wenn nicht, kann eine Beratungsstelle Ihnen helfen zu entscheiden, ob Sie die App vorerst lassen oder entfernen. Wenn Sie sie entfernen, kann die Person, die sie installiert hat, davon erfahren.
    .avoid = Entfernen Sie die App nicht, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Sicherheitsplan gemacht haben.

finding-android_app_sideloaded = App wurde außerhalb eines App-Stores installiert
    .what = Diese App stammt nicht aus einem App-Store wie Google Play. Sie wurde aus einer Datei, von einer Website oder über einen Computer installiert. Die Details sagen, womit sie installiert wurde.
    .means = Auf diesem Weg kommt Stalkerware meistens aufs Handy: Jemand hatte das Handy ein paar Minuten in der Hand und hat sie installiert. App-Stores lassen Stalkerware nicht zu.
    .sure = Das sagt nur etwas darüber, woher die App stammt, und zählt nie für eine Einschätzung: Viele seriöse Apps werden auch so installiert. Wichtig wird es, wenn die App auch andere Dinge aus diesem Bericht tut.
    .next = Wenn Sie sich nicht erinnern, die App installiert zu haben, notieren Sie das und sehen Sie sich die anderen Ergebnisse zu der App an, wenn möglich zusammen mit einer Beratungsstelle.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-android_play-protect_disabled = Google Play Protect ist ausgeschaltet
    .what = Play Protect ist die eingebaute Prüfung von Google, die vor schädlichen Apps warnt. Auf diesem Handy ist sie ausgeschaltet, ganz oder für Apps, die über einen Computer installiert werden.
    .means = Wenn sie aus ist, warnt das Handy nicht mehr vor Apps, die Stalkerware verraten könnten. Anbieter von Stalkerware sagen ihren Kunden oft, dass sie Play Protect ausschalten sollen.
    .sure = unstalk hat diese Einstellung direkt vom Handy gelesen, sie ist also tatsächlich aus. Manche Menschen schalten sie auch aus anderen Gründen aus. Allein ist das kein Zeichen für Überwachung.
    .next = Wenn Sie Play Protect nicht selbst ausgeschaltet haben, behalten Sie das beim Lesen des restlichen Berichts im Kopf. Sie können es wieder einschalten, aber wer das Handy überwacht, könnte das bemerken. Eine Beratungsstelle kann Ihnen helfen, den richtigen Zeitpunkt zu wählen.
    .avoid = Sehen Sie das allein nicht als Beweis für Stalkerware, und ändern Sie die Einstellung nicht überstürzt, bevor Sie einen Plan haben.

finding-android_unknown-sources_allowed = Installieren aus unbekannten Quellen ist erlaubt
    .what = Das Handy erlaubt, Apps aus unbekannten Quellen zu installieren, also aus Dateien und von Websites, nicht nur aus einem App-Store.
    .means = So kann jemand, der das Handy in der Hand hat, leichter eine App installieren, die App-Stores nicht zulassen, zum Beispiel Stalkerware.
    .sure = unstalk hat diese Einstellung direkt vom Handy gelesen. Viele Menschen erlauben das aus seriösen Gründen. Allein sagt es wenig.
    .next = Wenn Sie das nicht selbst erlaubt haben, notieren Sie es. Sie können es ausschalten, sobald Sie einen Plan haben. Apps, die schon installiert sind, werden dadurch nicht entfernt.
    .avoid = Sehen Sie das allein nicht als Zeichen für Überwachung.

finding-android_root_indicators = Das Handy zeigt Anzeichen von Rooting
    .what = Rooting hebt die Schutzmechanismen auf, die Android zwischen den Apps und dem Rest des Handys hat. unstalk hat Anzeichen dafür gefunden, zum Beispiel eine App zur Verwaltung von Root-Rechten oder Root-Werkzeuge. Die Details nennen jedes einzelne Anzeichen.
    .means = Auf einem gerooteten Handy kann eine Überwachungs-App viel weiter gehen: Messenger direkt auslesen, Anrufe aufnehmen und sich tiefer verstecken.
    .sure = Die Anzeichen sind stark, aber indirekt. Manche Menschen rooten ihr eigenes Handy absichtlich. Wenn Sie es nicht waren, hat es vielleicht jemand anderes getan.
    .next = Wenn Sie das Handy nicht gerootet haben, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten: das Handy vorerst lassen, es zurücksetzen oder auf ein neues Handy wechseln. Rooting kann ein Zurücksetzen auf Werkseinstellungen überstehen, deshalb kann ein neues Handy der verlässlichere Ausweg sein. Jede Änderung kann der Person auffallen, die das Rooting gemacht hat.
    .avoid = Versuchen Sie nicht, das Rooting selbst rückgängig zu machen, und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, die Prüfsummen der ausgelesenen Daten) und einen Plan haben.

finding-android_device-owner_set = Eine App verwaltet dieses Handy
    .what = Diese App ist als Verwaltung des Handys eingerichtet (Geräteinhaber oder Profilinhaber). Diese Rolle hat sonst die Verwaltungs-App einer Firma auf einem Diensthandy.
    .means = Eine Verwaltungs-App kann die Einstellungen des Handys steuern und Apps installieren oder sperren. Je nach App kann sie auch sehen, wie das Handy genutzt wird und wo es ist. Sie lässt sich nicht wie eine normale App entfernen.
    .sure = unstalk hat das direkt vom Handy gelesen, die Rolle ist also tatsächlich eingerichtet. Auf einem Handy vom Arbeitgeber oder von der Schule ist das normal. Auf einem privaten Handy, das Sie nicht so eingerichtet haben, ist es ein ernstes Zeichen.
    .next = Wenn das Handy nicht vom Arbeitgeber oder von der Schule ist, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten: das Handy vorerst lassen, es auf Werkseinstellungen zurücksetzen (meist der einzige Weg, eine Verwaltungs-App zu entfernen) oder auf ein neues Handy wechseln. Beim Zurücksetzen werden Beweise gelöscht, und die Person, die das eingerichtet hat, kann davon erfahren.
    .avoid = Setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten) und einen Plan haben.

finding-android_default-app_replaced = Eine App ist als Tastatur, SMS-, Telefon- oder Assistenten-App eingestellt
    .what = Diese App ist auf dem Handy als Standard für eine dieser Aufgaben eingestellt: Tastatur, SMS-App, Telefon-App oder Assistent. Die Details sagen, für welche.
    .means = Sie sieht alles, was über diese Aufgabe läuft. Eine Tastatur sieht alles, was Sie tippen, auch Passwörter. Eine SMS- oder Telefon-App sieht Ihre Nachrichten oder Anrufe. Ein Assistent kann den Bildschirm sehen, wenn er aufgerufen wird.
    .sure = unstalk hat das direkt vom Handy gelesen, die Einstellung ist also tatsächlich so. Viele Menschen wählen absichtlich eine andere Tastatur oder SMS-App. Wichtig ist es, wenn Sie diese App nicht kennen.
    .next = Wenn Sie diese App selbst gewählt haben, ist das vielleicht zu erwarten. Wenn nicht, können Sie sie vorerst lassen, zur üblichen App des Handys zurückwechseln oder die App entfernen. Wenn Sie zurückwechseln oder die App entfernen, kann die Person, die sie eingestellt hat, davon erfahren. Sprechen Sie zuerst mit einer Beratungsstelle über einen Sicherheitsplan.
    .avoid = Ändern Sie die Einstellung nicht und entfernen Sie die App nicht, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben.

finding-android_app_battery-exempt = App darf ständig im Hintergrund laufen
    .what = Diese App ist vom Energiesparen ausgenommen. Android pausiert sie also nicht, wenn sie nicht benutzt wird.
    .means = Sie kann jederzeit weiterlaufen und Daten senden. Stalkerware fordert das an, damit sie nie aufhört, Berichte zu schicken.
    .sure = unstalk hat das direkt vom Handy gelesen. Auch Messenger, Fitness-Apps und viele andere seriöse Apps haben das. Es zählt daher nur zusammen mit anderen Ergebnissen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Allein ist deswegen nichts zu tun.
    .avoid = Handeln Sie nicht allein deswegen.

finding-android_app-op_allowed = App hat besondere Befugnisse auf dem Handy
    .what = Diese App darf über besondere Einstellungen, die über normale Berechtigungen hinausgehen, andere Apps installieren, sich über andere Apps legen, den Bildschirm aufnehmen oder sehen, welche Apps Sie nutzen. Die Details sagen, was davon.
    .means = Damit kann sie zum Beispiel aufnehmen, was auf Ihrem Bildschirm ist, ohne App-Store weitere Apps installieren oder Warnungen mit eigenen Fenstern verdecken.
    .sure = unstalk hat das direkt vom Handy gelesen, es ist also tatsächlich erlaubt. Jede dieser Befugnisse hat seriöse Zwecke, etwa Chat-Blasen, Bildschirmrekorder oder Bildschirmzeit-Apps. Wichtig ist es vor allem zusammen mit anderen Ergebnissen.
    .next = Wenn Sie die App nicht kennen, sehen Sie sich das zusammen mit ihren anderen Ergebnissen an, wenn möglich mit einer Beratungsstelle. Sie können der App die Befugnis wieder entziehen, aber die Person, die sie eingerichtet hat, könnte das bemerken.
    .avoid = Ändern Sie die Einstellungen nicht und entfernen Sie die App nicht, bevor Sie alles festgehalten und einen Plan haben.

finding-android_app_recently-installed = App wurde vor Kurzem installiert
    .what = Diese App wurde im Monat vor der Prüfung des Handys installiert. Die Details nennen das Datum.
    .means = Allein bedeutet das nichts. Das Datum kann Ihnen helfen, sich zu erinnern, ob jemand anderes Ihr Handy um diese Zeit hatte.
    .sure = Das Datum stammt vom Handy. Es ist nur eine Information und zählt nie für eine Einschätzung.
    .next = Wenn Sie sich nicht erinnern, die App installiert zu haben, notieren Sie das Datum. Es kann Ihnen und einer Beratungsstelle helfen, die Dinge zusammenzusetzen.
    .avoid = Sehen Sie das allein nicht als Zeichen für Überwachung.

finding-android_developer-options_enabled = Entwickleroptionen oder USB-Debugging sind eingeschaltet
    .what = Die Entwickleroptionen (ein verstecktes Menü für die Entwicklung von Apps) oder USB-Debugging (damit kann ein Computer das Handy über ein Kabel steuern) sind eingeschaltet.
    .means = Für die Prüfung mit unstalk braucht man USB-Debugging. Wenn es dafür eingeschaltet wurde, ist das also zu erwarten. War es schon vorher an, hätte ein Computer, an den das Handy angeschlossen war, Apps installieren können.
    .sure = unstalk hat das direkt vom Handy gelesen. Es wird nur der Vollständigkeit halber gezeigt und zählt nie für eine Einschätzung.
    .next = Wenn beides vor der Prüfung ausgeschaltet war, können Sie es danach wieder ausschalten.
    .avoid = Sehen Sie das allein nicht als Zeichen für Überwachung.

finding-android_security-patch_old = Sicherheitsupdates sind über ein Jahr alt
    .what = Das letzte Sicherheitsupdate des Handys ist über ein Jahr alt. Die Details nennen das Datum.
    .means = Schwachstellen, die seitdem behoben wurden, sind auf diesem Handy vielleicht noch offen. Das macht manche Arten von Spionage leichter.
    .sure = Das Datum stammt vom Handy. Ältere Handys bekommen oft keine Updates mehr, deshalb ist das kein Zeichen für Überwachung.
    .next = Wenn die Einstellungen ein Update anbieten, können Sie es installieren. Wenn der Hersteller keine Updates mehr liefert, lohnt es sich, über ein neueres Handy nachzudenken, sobald das für Sie möglich ist.
    .avoid = Sehen Sie das nicht als Zeichen dafür, dass jemand Sie überwacht.

## Was eine App kann (aus der App-Datei oder vom Handy gelesen)

finding-app_permission_sms = App kann SMS lesen
    .what = Diese App fordert die Berechtigung an, SMS und MMS zu lesen oder zu empfangen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App Ihre SMS lesen, sobald sie ankommen, auch solche mit Sicherheitscodes.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch, und sie wirkt erst, wenn jemand sie erlaubt. SMS-Apps brauchen sie. Wichtig ist sie bei einer App, die keinen Grund hat, SMS zu lesen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_call-log = App kann die Anrufliste lesen
    .what = Diese App fordert die Berechtigung an, die Anrufliste zu lesen oder ausgehende Anrufe zu sehen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App sehen, wen Sie angerufen haben und wer Sie angerufen hat, wann und wie lange.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch, und sie wirkt erst, wenn jemand sie erlaubt. Telefon-Apps und Apps zum Blockieren von Anrufen brauchen sie.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_location = App kann wissen, wo das Handy ist
    .what = Diese App fordert die Berechtigung an, den genauen Standort des Handys zu nutzen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App genau wissen, wo Sie sind, solange sie läuft.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch. Karten-, Wetter- und Liefer-Apps und viele andere fordern sie an.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App, vor allem, ob sie sich versteckt oder im Hintergrund läuft.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_microphone = App kann Ton aufnehmen
    .what = Diese App fordert die Berechtigung an, das Mikrofon zu nutzen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App Ton aufnehmen. Dazu können Ihre Telefonate gehören und Gespräche in der Nähe des Handys.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch. Telefon-, Video- und Sprachnachrichten-Apps brauchen sie.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_camera = App kann die Kamera nutzen
    .what = Diese App fordert die Berechtigung an, die Kamera zu nutzen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App Fotos und Videos aufnehmen.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch. Kamera-, Videoanruf- und Scanner-Apps brauchen sie.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_contacts = App kann Kontakte lesen
    .what = Diese App fordert die Berechtigung an, die Kontakte auf dem Handy zu lesen. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App die Namen und Nummern der Menschen kopieren, die Sie kennen.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch. Messenger, Telefon-Apps und viele andere fordern sie an.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_covert_label-imitates-system = App heißt wie ein Teil des Systems
    .what = Der Name der App, etwa „System Service“, „WLAN“ oder „Sync“, lässt sie wie einen Teil von Android aussehen und nicht wie eine App, die jemand installiert hat.
    .means = Stalkerware nutzt solche Namen, damit sie selbst in der Liste der Apps wie etwas aussieht, das man besser nicht anrührt.
    .sure = Ein Name allein ist ein schwacher Hinweis: Manche seriösen Apps haben schlichte Namen. Am meisten zählt er, wenn die App sich auch versteckt oder überwacht.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_persistence_boot-receiver = App startet sich selbst, wenn das Handy startet
    .what = Die App ist so eingestellt, dass sie bei jedem Einschalten des Handys automatisch startet.
    .means = Sie arbeitet nach einem Neustart weiter, ohne dass jemand sie öffnet. Bei einer Überwachungs-App heißt das: Die Überwachung hört nicht auf.
    .sure = Sehr viele normale Apps tun das, etwa Wecker, Messenger und Apps zum Synchronisieren. Es zählt daher nur wenig, und nur zusammen mit anderen Ergebnissen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Allein ist deswegen nichts zu tun.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_remote-control_device-admin-policies = App will das Handy sperren oder löschen können
    .what = Die App will Geräteadministrator werden (ein besonderer Status für Arbeits- und Diebstahlschutz-Apps), mit Befugnissen wie: das Handy sperren, die Displaysperre ändern oder alles darauf löschen.
    .means = Wenn diese Befugnisse erteilt sind, könnte jemand, der die App steuert, Sie aus Ihrem Handy aussperren oder es aus der Ferne löschen.
    .sure = Das ist, was die App anfordert. Das Handy gibt diese Befugnisse nur, wenn jemand zustimmt. Auch Diebstahlschutz- und Arbeits-Apps fordern sie an. Auf einem Handy sagt der Bericht gesondert, ob die App ein aktiver Geräteadministrator ist.
    .next = Wenn Sie die App nicht kennen, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern. Wenn Sie die App entfernen oder ihre Befugnisse ausschalten, kann die Person, die sie installiert hat, davon erfahren.
    .avoid = Schalten Sie die Befugnisse nicht aus, entfernen Sie die App nicht und setzen Sie das Handy nicht zurück, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots) und einen Plan haben.

finding-app_exfiltration_background-upload = App lädt im Hintergrund Daten hoch
    .what = Die App startet von selbst, wenn das Telefon startet, läuft im Hintergrund, darf das Internet nutzen, und ihr Code enthält eine Adresse zum Hochladen von Daten.
    .means = So liefern Überwachungs-Apps das Gesammelte an die Person, die überwacht, zum Beispiel Nachrichten, Fotos und Standorte.
    .sure = Das wird aus dem Code der App gelesen, nicht beim Geschehen beobachtet: Es zeigt, wohin die App Daten senden kann, nicht dass sie es tut. Viele seriöse Apps synchronisieren im Hintergrund, etwa für Backups oder Messenger. Das zählt daher nur zusammen mit anderen Ergebnissen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn sie auf Überwachung hindeuten, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Handeln Sie nicht allein deswegen. Falls die App überwacht, kann die Person, die sie installiert hat, davon erfahren, wenn Sie die App stoppen.

finding-app_covert_no-launcher = App hat kein Symbol zum Öffnen
    .what = Die App hat überhaupt keinen Eintrag in der Liste der Apps, die man öffnen kann. Nach der Installation gibt es also kein Symbol zum Antippen.
    .means = Eine App ohne Symbol arbeitet unbemerkt. Stalkerware ist so gebaut, damit die überwachte Person sie nicht bemerkt.
    .sure = Ein deutliches Zeichen fürs Verstecken. Aber auch Tastaturen, Plug-ins und Hilfs-Apps haben kein Symbol. Am meisten zählt es zusammen mit den anderen Ergebnissen zu dieser App.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn sie auf Überwachung hindeuten, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht, bevor Sie alles festgehalten und einen Sicherheitsplan haben. Wenn Sie sie entfernen, kann die Person, die sie installiert hat, davon erfahren.

finding-app_covert_launcher-alias-disabled = App kann ihr Symbol jederzeit verstecken
    .what = Die App hat einen Eintrag für ein Symbol, aber er ist ausgeschaltet, und kein anderer Eintrag ist an. Die App kann ihr Symbol also zeigen oder verstecken, wann sie will.
    .means = Stalkerware zeigt oft nur während der Einrichtung ein Symbol und versteckt es dann, damit die überwachte Person sie nicht findet.
    .sure = Ein deutliches Zeichen für eine Funktion zum Verstecken. Ein paar seriöse Apps schalten solche Einträge aber aus anderen Gründen an und aus. Betrachten Sie es zusammen mit den anderen Ergebnissen zu dieser App.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn sie auf Überwachung hindeuten, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht, bevor Sie alles festgehalten und einen Sicherheitsplan haben. Wenn Sie sie entfernen, kann die Person, die sie installiert hat, davon erfahren.

finding-app_covert_excluded-from-recents = App hält ein Fenster aus den zuletzt genutzten Apps heraus
    .what = Eines der Fenster der App ist so eingestellt, dass es nicht bei den zuletzt genutzten Apps erscheint (der Übersicht, die Sie beim Wechseln zwischen Apps sehen).
    .means = Eine Überwachungs-App kann das nutzen, damit keine Spur bleibt, wenn jemand sie öffnet.
    .sure = Allein ein schwaches Zeichen: Viele Apps tun das für kleine Fenster wie Pop-ups. Es zählt nur wenig.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Allein ist deswegen nichts zu tun.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_permission_background-location = App kann jederzeit wissen, wo das Handy ist
    .what = Diese App fordert die Berechtigung an, den Standort des Handys auch dann zu nutzen, wenn sie gerade nicht verwendet wird. Auf einem Handy sagen die Details, ob sie die Berechtigung bekommen oder nur angefordert hat.
    .means = Wenn die Berechtigung erteilt ist, kann die App den ganzen Tag verfolgen, wohin Sie gehen, ohne geöffnet zu sein.
    .sure = Eine Berechtigung ist eine Fähigkeit, kein Beweis für Missbrauch. Navigations-, Familienortungs- und Fitness-Apps fordern sie auch an.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_screen-capture = App kann den Bildschirm aufnehmen
    .what = Diese App fordert die Möglichkeit an, den Bildschirm aufzunehmen oder Bildschirmfotos zu machen.
    .means = Wenn das erlaubt ist, kann sie alles sehen, was auf Ihrem Bildschirm ist: Nachrichten, Fotos, alles, was Sie sich ansehen.
    .sure = Das ist eine Fähigkeit, kein Beweis für Missbrauch. Bildschirmrekorder und Videoanruf-Apps brauchen sie.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_permission_browser-history = App will den Browserverlauf lesen
    .what = Diese App fordert die Berechtigung an, den Verlauf und die Lesezeichen des Webbrowsers zu lesen.
    .means = Wo das Handy es zulässt, kann sie sehen, welche Websites Sie besucht und gespeichert haben.
    .sure = Ab Android 6 beachtet das System diese Berechtigung nicht mehr. Auf neueren Handys zeigt sie also eher, was die App will, als was sie kann. Außer Browsern fordern nur wenige seriöse Apps sie an.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_permission_usage-stats = App kann sehen, welche Apps wann genutzt werden
    .what = Diese App fordert den Zugriff auf die Nutzungsdaten an. Er zeigt, welche Apps wann und wie lange genutzt werden. Dieser Zugriff muss in besonderen Einstellungen eingeschaltet werden.
    .means = Wenn das erlaubt ist, kann sie jemandem verraten, wann Sie welche Apps nutzen, zum Beispiel einen Messenger oder die App eines Hilfsangebots.
    .sure = Bildschirmzeit-, Akku- und Kinderschutz-Apps nutzen das auch. Es zählt daher nur wenig.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_notification-listener = App kann Zugriff auf alle Benachrichtigungen bekommen
    .what = Die App enthält einen Teil, der jede Benachrichtigung auf dem Handy zu sehen bekommt, sobald in den Einstellungen der Zugriff auf Benachrichtigungen für sie eingeschaltet ist.
    .means = Benachrichtigungen zeigen Vorschauen von Nachrichten, die Namen der Menschen, die Ihnen schreiben, und Sicherheitscodes.
    .sure = Dafür ist die App gebaut. Es funktioniert aber erst, wenn jemand den Zugriff einschaltet. Auf einem Handy sagt der Bericht gesondert, ob er eingeschaltet ist.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_accessibility_reads-window-content = App kann lesen, was auf dem Bildschirm steht
    .what = Die App enthält eine Bedienungshilfe (Accessibility-Dienst: eine Funktion für Hilfsprogramme für Menschen mit Behinderungen), die so eingerichtet ist, dass sie den Inhalt jedes Bildschirms lesen kann.
    .means = Sobald sie eingeschaltet ist, kann sie in jeder App Ihre Nachrichten lesen und mitlesen, was Sie tippen. Sie kann auch das Handy für Sie bedienen.
    .sure = Bildschirmleser brauchen genau das. Es ist also eine starke Fähigkeit, kein Beweis für Missbrauch. Es funktioniert erst, wenn jemand die Bedienungshilfe in den Einstellungen einschaltet. Auf einem Handy sagt der Bericht gesondert, ob sie eingeschaltet ist.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_accessibility_service = App hat eine Bedienungshilfe
    .what = Die App enthält eine Bedienungshilfe (Accessibility-Dienst: eine Funktion für Hilfsprogramme für Menschen mit Behinderungen). Soweit unstalk das erkennen kann, will sie den Inhalt des Bildschirms nicht lesen.
    .means = Sobald sie eingeschaltet ist, kann sie verfolgen, was auf dem Handy passiert, und für Sie handeln, zum Beispiel auf Schaltflächen tippen.
    .sure = Allein ein schwaches Zeichen: Viele Hilfs-Apps haben eine, und sie funktioniert erst, wenn jemand sie einschaltet.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_input-method = App enthält eine Tastatur
    .what = Die App enthält eine Tastatur, die die übliche Tastatur des Handys ersetzen kann.
    .means = Eine Tastatur sieht alles, was mit ihr getippt wird, auch Passwörter und Nachrichten, sobald jemand sie als Tastatur auswählt.
    .sure = Jede Tastatur-App hat das. Bedenklich ist es vor allem, wenn Sie die App nicht kennen oder nicht selbst ausgewählt haben. Auf einem Handy sagt der Bericht gesondert, ob sie die Tastatur ist, die gerade benutzt wird.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn Sie die App nicht kennen, besprechen Sie das mit einer Beratungsstelle, bevor Sie etwas ändern.
    .avoid = Entfernen Sie die App nicht allein deshalb. Falls sie überwacht, kann die Person, die sie installiert hat, vom Entfernen erfahren.

finding-app_persistence_device-admin = App kann sich schwer entfernbar machen
    .what = Die App enthält einen Teil für den Geräteadministrator. Das ist ein Status für Arbeits- und Diebstahlschutz-Apps: Solange er eingeschaltet ist, lässt sich die App nicht deinstallieren.
    .means = Sobald er eingeschaltet ist, lässt sich die App nicht einfach entfernen. So bleibt eine Überwachung bestehen.
    .sure = Das ist, was die App anfordern kann, nicht, was sie hat. Auch Diebstahlschutz- und Arbeits-Apps haben das. Auf einem Handy sagt der Bericht gesondert, ob der Status aktiv ist.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Wenn sie auf Überwachung hindeuten, sprechen Sie mit einer Beratungsstelle über Ihre Möglichkeiten, bevor Sie etwas ändern.
    .avoid = Versuchen Sie nicht, die App zwangsweise abzuschalten, bevor Sie alles festgehalten und einen Sicherheitsplan haben.

finding-app_persistence_battery-exemption = App will ständig im Hintergrund laufen
    .what = Die App bittet darum, vom Energiesparen ausgenommen zu werden. Android würde sie dann nicht pausieren, wenn sie nicht benutzt wird.
    .means = Wenn das erlaubt ist, kann sie jederzeit weiterlaufen und Daten senden.
    .sure = Messenger, Fitness-Apps und viele andere seriöse Apps bitten darum. Es zählt daher nur wenig.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App. Allein ist deswegen nichts zu tun.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_persistence_foreground-service = App kann weiterlaufen, während andere Apps genutzt werden
    .what = Die App kann eine Aufgabe ausführen, die Android weiterlaufen lässt, während Sie andere Apps nutzen. Normalerweise ist dabei eine Benachrichtigung zu sehen.
    .means = Sie kann weiterarbeiten, während das Handy benutzt wird. Eine Überwachungs-App kann so weiter Daten sammeln.
    .sure = Musik-, Navigations- und Messenger-Apps tun das ständig. Es zählt daher kaum.
    .next = Allein ist deswegen nichts zu tun.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_remote-control_sms-receiver = App reagiert auf eingehende SMS
    .what = Die App ist so eingestellt, dass sie über jede ankommende SMS informiert wird.
    .means = Manche Stalkerware wird über geheime SMS gesteuert. So kann jemand ihr Befehle schicken, zum Beispiel zu melden, wo das Handy ist, oder Ton aufzunehmen.
    .sure = SMS-Apps und Apps, die Sicherheitscodes lesen, tun das auch. Allein ist es daher ein schwaches Zeichen.
    .next = Betrachten Sie das zusammen mit den anderen Ergebnissen zu dieser App.
    .avoid = Handeln Sie nicht allein deswegen.

finding-app_exfiltration_internet = App kann das Internet nutzen
    .what = Die App kann Daten über das Internet senden und empfangen.
    .means = Das können fast alle Apps. Wichtig ist es nur, weil eine Überwachungs-App das Internet braucht, um das Gesammelte an jemand anderen zu schicken.
    .sure = Fast alle Apps haben das. Es zählt daher sehr wenig, und nur zusammen mit anderen Ergebnissen.
    .next = Allein ist deswegen nichts zu tun.
    .avoid = Sehen Sie das allein nicht als Zeichen für Überwachung.

finding-app_behaviour_stalkerware-like = App verhält sich wie Stalkerware
    .what = Diese App steht auf keiner Liste, die unstalk hat. Zusammen sind ihre Funktionen aber typisch für Stalkerware: Sie versteckt sich vor der Person, die das Handy nutzt, und kann beobachten, was diese tut. Die Details nennen jede Funktion und wie stark sie gezählt hat.
    .means = Je nach diesen Funktionen kann sie vielleicht Ihre Nachrichten lesen, wissen, wo Sie sind, oder aufzeichnen, was auf dem Handy passiert, und das ohne Ihr Wissen an jemand anderen schicken.
    .sure = Das ist eine Einschätzung aufgrund des Verhaltens, kein Treffer mit einem bekannten Produkt. Sie ist daher weniger verlässlich als bei einer gelisteten App: Manche seriösen Apps, etwa Schutz- oder Verwaltungsprogramme, verstecken sich auch und überwachen. Neue Stalkerware wird so eingeschätzt, bis Fachleute sie in eine Liste aufnehmen.
    .next = Sie können die App vorerst lassen, sie entfernen, das Handy zurücksetzen oder auf ein neues Handy wechseln. Jeder dieser Wege hat Risiken, und wenn Sie die App entfernen oder abschalten, kann die Person, die sie installiert hat, davon erfahren. Eine Beratungsstelle oder eine technisch erfahrene Person, die mit ihr zusammenarbeitet, kann die Details mit Ihnen durchgehen und Ihnen helfen, einen Sicherheitsplan zu machen.
    .avoid = Entfernen Sie die App nicht und stellen Sie niemanden zur Rede, bevor Sie alles festgehalten haben (diesen Bericht, Screenshots, die Prüfsummen der ausgelesenen Daten) und einen Plan haben. Setzen Sie das Handy nicht als Erstes zurück: Dabei werden auch die Beweise gelöscht.

## Wie eine App-Datei aufgebaut ist

finding-apk_evasion = App-Datei ist ungewöhnlich aufgebaut
    .what = Die App-Datei hat Auffälligkeiten, die Analyse-Werkzeuge verwirren können, zum Beispiel doppelte Teile, eine beschädigte Beschreibung der App oder Code an einer ungewöhnlichen Stelle. Die Details geben für jede Auffälligkeit einen Code an.
    .means = Das sagt allein nichts darüber, was die App tut. Schädliche Apps nutzen solche Tricks, um nicht entdeckt zu werden. Aber auch beschädigte oder seltsam verpackte seriöse Apps haben sie.
    .sure = Das entscheidet nie über eine Einschätzung. Es bedeutet, dass die anderen Prüfungen dieser Datei vielleicht weniger gesehen haben als sonst.
    .next = Wenn diese Datei wichtig ist, kann eine Fachperson sie mit anderen Werkzeugen genauer untersuchen.
    .avoid = Ziehen Sie allein daraus keine Schlüsse.

finding-apk_signature_invalid = Signatur der App-Datei ist nicht gültig
    .what = Android-Apps tragen eine digitale Unterschrift. Sie zeigt, dass die App nicht verändert wurde, seit der Anbieter sie signiert hat. Bei dieser Datei lässt sich die Unterschrift nicht bestätigen.
    .means = Die Datei wurde vielleicht nach dem Signieren verändert oder beim Kopieren beschädigt. Android würde sie normalerweise nicht installieren.
    .sure = Die Prüfung ist genau, aber der Grund ist unbekannt: Beschädigung kommt häufiger vor als Manipulation. Das entscheidet nie über eine Einschätzung.
    .next = Wenn es wichtig ist, woher die Datei stammt, besorgen Sie eine zweite Kopie und vergleichen Sie die Prüfsummen (Hashes) der beiden.
    .avoid = Ziehen Sie allein daraus keine Schlüsse.

## Was geprüft wurde und was nicht

check-file-hashes = SHA-256-, SHA-1- und MD5-Prüfsummen jeder Datei (und jeder DEX-Datei), abgeglichen mit bekannten Dateien
check-app-id = App-ID (Paketname), abgeglichen mit bekannter Stalkerware und bekannten sichtbaren Überwachungs- oder Kinderschutz-Apps
check-signing-certificates = Signaturzertifikate (SHA-1, SHA-256, Organisation, Name), abgeglichen mit bekannten Anbietern
check-endpoints = Webadressen, Domains und IP-Adressen im Code, in den Ressourcen und in den Textdateien der App, abgeglichen mit bekannten Servern
check-manifest-behaviour = Das Manifest (die Beschreibung der App), abgeglichen mit den Verhaltenskriterien der Coalition Against Stalkerware
check-file-structure = Wie die Datei aufgebaut ist: Tricks im ZIP-Format, beschädigtes Manifest, Signaturen, die sich nicht bestätigen lassen
check-yara = YARA-Regeln für jede DEX-Datei, jede native Bibliothek und jede APK-Datei
check-yara-rules = YARA-Regeln ({ $count }) für jede DEX-Datei, jede native Bibliothek und jede APK-Datei
check-yara-source = Die YARA-Regeln aus { $source }
check-yara-whole-file = YARA-Regeln für die ganze Datei { $path }
check-yara-code = YARA-Regeln für { $file }
check-runtime = Was die App tut, wenn sie läuft: später heruntergeladener Code, verschlüsselter oder verpackter Code, was nativer Code tut
check-whole-file = Alles zu { $path }
check-folder-files = Dateien in { $folder }
check-behaviour-of = Das Verhalten von { $path }
check-app-id-of = Die App-ID von { $path }, verglichen mit den Listen bekannter Apps
check-entry = { $entry } in { $path }
check-dex-behaviour = Das Verhalten der App, bei DEX-Dateien, die einzeln geprüft werden
check-android-packages = Installierte Apps, abgeglichen mit bekannter Stalkerware und bekannten sichtbaren Überwachungs- oder Kinderschutz-Apps (App-ID, Signaturzertifikat, Prüfsummen der APK-Datei)
check-android-app-behaviour = Berechtigungen, Dienste und Empfänger jeder installierten App (außer System-Apps), abgeglichen mit den Verhaltenskriterien der Coalition Against Stalkerware
check-android-accessibility = Eingeschaltete Bedienungshilfen (Accessibility-Dienste, die den Bildschirm und Eingaben lesen können)
check-android-device-admin = Aktive Geräteadministratoren, Geräteinhaber und Profilinhaber
check-android-notification-listeners = Apps, die jede Benachrichtigung lesen dürfen
check-android-hidden-icons = Installierte Apps (außer System-Apps) ohne Symbol zum Öffnen
check-android-app-ops = Besondere Einstellungen (App-Ops), die erlauben, Apps zu installieren, sich über andere Apps zu legen, den Bildschirm aufzunehmen oder zu sehen, welche Apps genutzt werden
check-android-battery-exemptions = Apps, die vom Energiesparen ausgenommen sind
check-android-settings = Play Protect, unbekannte Quellen, Entwickleroptionen, Standard-Apps für Tastatur, SMS, Telefon und Assistent
check-android-root = Anzeichen von Rooting: su-Programme, Apps zur Verwaltung von Root-Rechten, Systemeigenschaften, SELinux, Stand der Sicherheitsupdates
check-android-accounts = Google-, iCloud- und andere Konten, geteilte Passwörter, Sicherungen in der Cloud, geteilter Standort
check-dump-parts = Teile von { $dump } ({ $location })

why-no-yara-rules = Die Indikator-Listen enthalten keine YARA-Regel, die sich kompilieren lässt (Regeln lassen sich mit --indicators DATEI.yar hinzufügen)
why-yara-not-compiling = Diese Regeln lassen sich nicht kompilieren: { $problem }
why-yara-timeout = Die YARA-Regeln brauchten für diese Daten länger als { $seconds } s und wurden nicht vollständig angewendet (bitte melden Sie Regeln und Daten dem Projekt)
why-yara-failed = Die Prüfung mit YARA ist fehlgeschlagen: { $error }
why-too-large-for-yara = Die Datei ist größer als { $limit } MiB; ihr Code und ihre nativen Bibliotheken wurden einzeln geprüft
why-file-not-reread = Die Datei ließ sich nicht erneut lesen: { $error }
why-never-run = unstalk liest App-Dateien; es führt sie nie aus
why-file-unreadable = Die Datei ließ sich nicht lesen: { $error }
why-dex-unreadable = { $path } ließ sich nicht lesen: { $error }
why-dex-too-large = { $path } ließ sich nicht lesen: Die Datei hat { $size } Bytes, mehr als die { $limit } Bytes, die unstalk höchstens aus einer DEX-Datei liest
why-dex-no-manifest = Eine DEX-Datei hat kein Manifest: Prüfen Sie die APK-Datei, aus der sie stammt
why-manifest-unreadable = Das Manifest der App ließ sich nicht lesen: { $error }
why-entry-unreadable = Es ließ sich nicht lesen: { $error }
why-nested-too-deep = Es ist ein Archiv, das mehr als { $limit } Ebenen tief verschachtelt ist, und unstalk öffnet keine tieferen Archive
why-embedded-budget = unstalk liest höchstens { $limit } Bytes Code, der in einer Datei enthalten ist, und dieser Inhalt würde die Grenze überschreiten
why-folder-unlisted = Der Inhalt des Ordners ließ sich nicht lesen: { $error }
why-input-lacks = Die geprüften Daten enthalten { $needs } nicht
why-input-lacks-package-list = Die geprüften Daten enthalten die Liste der Apps nicht
why-input-lacks-secure-setting = Die geprüften Daten enthalten die geschützten Einstellungen von Android ({ $setting }) nicht
why-input-lacks-launcher-activities = Die geprüften Daten enthalten die Liste der App-Symbole nicht
why-input-lacks-settings = Die geprüften Daten enthalten die Einstellungen des Handys nicht
why-accounts-outside-phone = Konten können auch ohne das Handy überwacht werden: Prüfen Sie sie von einem Gerät aus, auf das die andere Person keinen Zugriff hat
why-lines-not-understood = Zeilen in einem Format, das unstalk nicht kennt (insgesamt { $count }), zum Beispiel: { $example }

## Texte des Berichts

read-only-files = unstalk liest diese Dateien nur: Nichts wird installiert, ausgeführt oder verändert.
read-only-phone = unstalk liest nur vom Handy: Es installiert nichts, entfernt nichts und verändert nichts, und auf dem Bildschirm des Handys ist nichts davon zu sehen.

verdict-known_stalkerware = Bekannte Stalkerware
verdict-known_watchware = Sichtbare Überwachungs- oder Kinderschutz-App
verdict-stalkerware_like = Verhält sich wie Stalkerware
verdict-nothing_found = Bei diesen Prüfungen nichts gefunden

summary-heading = Zusammenfassung
case-reference = Aktenzeichen
checked-heading = Was geprüft wurde
not-checked-heading = Was nicht geprüft wurde
nothing-found-disclaimer = „Nichts gefunden“ heißt nur: Die hier genannten Prüfungen haben nichts gefunden. Es beweist nicht, dass das Handy sicher ist oder dass niemand Sie überwacht. Konten wie Google oder iCloud können von einem anderen Gerät aus überwacht werden, ganz ohne App auf dem Handy. Und neue Stalkerware steht noch auf keiner Liste. Wenn Sie sich trotzdem überwacht fühlen, nehmen Sie dieses Gefühl ernst und sprechen Sie mit einer Beratungsstelle.
summary-unread = { $count ->
    [one] Achtung: Ein Teil dessen, was übergeben wurde, ließ sich nicht lesen und wurde deshalb nicht geprüft. Unter „Was nicht geprüft wurde“ steht, welcher Teil es ist und warum. Was er enthält, konnte diese Prüfung nicht sehen.
   *[other] Achtung: { $count } Teile dessen, was übergeben wurde, ließen sich nicht lesen und wurden deshalb nicht geprüft. Unter „Was nicht geprüft wurde“ steht, welche Teile es sind und warum. Was sie enthalten, konnte diese Prüfung nicht sehen.
}

safety-heading = Zuerst Ihre Sicherheit
safety-notify = Wenn eine App dieses Handy überwacht, kann die Person, die sie installiert hat, davon erfahren, wenn die App entfernt oder ausgeschaltet wird oder keine Berichte mehr schickt. Wer diese Kontrolle verliert, kann gefährlicher werden. Alles so zu lassen, bis Sie einen Plan haben, kann der weniger riskante Weg sein.
safety-document = Halten Sie alles fest, bevor Sie etwas ändern: diesen Bericht, Screenshots von dem, was Sie sehen, und die Prüfsummen der ausgelesenen Daten (Codes, die zeigen, dass die gespeicherten Dateien seitdem nicht verändert wurden). Bewahren Sie Kopien dort auf, wo die andere Person nicht herankommt. Diese Unterlagen können für eine Schutzanordnung oder eine Anzeige bei der Polizei wichtig sein. Wenn Sie Apps entfernen oder das Handy zurücksetzen, gehen diese Spuren verloren.
safety-advocate = Sie müssen das nicht allein entscheiden. Eine Beratungsstelle für häusliche Gewalt kann Ihnen helfen, einen Sicherheitsplan zu machen und Ihre Möglichkeiten in Ruhe durchzudenken. Das Handy ist dabei nur ein Teil.
safety-device = Wenn Sie Hilfe suchen, nutzen Sie ein Gerät, auf das die andere Person nie Zugriff hatte, zum Beispiel das Handy einer Person, der Sie vertrauen, oder einen öffentlichen Computer. Ein überwachtes Handy kann Ihre Nachrichten, Anrufe, Suchen und Ihren Aufenthaltsort verraten.
safety-options = Es gibt nicht den einen richtigen Schritt, und jede Möglichkeit hat Risiken. Sie können vorerst alles so lassen, wie es ist. Sie können die App entfernen: Das kann die andere Person bemerken, und Beweise gehen verloren. Sie können das Handy auf Werkseinstellungen zurücksetzen: Dabei gehen Beweise verloren, und auf einem gerooteten Handy (bei dem Schutzmechanismen ausgehebelt wurden) oder einem fremd verwalteten Handy wird vielleicht nicht alles entfernt. Oder Sie wechseln auf ein neues Handy, ohne die Sicherung des alten Handys darauf zu übertragen. Wofür Sie sich auch entscheiden: Wichtig ist auch, die Passwörter Ihrer Konten zu ändern, von einem Gerät aus, das die andere Person nicht benutzt hat. Denn Konten können auch ohne App überwacht werden.
not-checked-line = { $check }: { $why }
subject-phone = Das Handy
contacts-heading = Wo Sie Hilfe finden

details-heading = Details
evidence-heading = Belege

## Der PDF-Bericht: das Deckblatt, das die Prüfung für eine Akte kennzeichnet, und der Anhang

pdf-title = Bericht über eine Prüfung auf Stalkerware
pdf-subtitle = Was unstalk gefunden hat, was es bedeutet und was geprüft wurde und was nicht
pdf-created = Datum und Uhrzeit der Prüfung (UTC)
pdf-tool = Werkzeug und Version
pdf-in-short = Ergebnis
pdf-inputs = Was untersucht wurde
pdf-indicator-sets = Verwendete Listen bekannter Stalkerware
pdf-no-indicator-sets = Es wurde keine Liste bekannter Stalkerware verwendet: Nur das Verhalten wurde geprüft.
pdf-indicator-counts = Einträge
pdf-hash-note = Ein SHA-256 ist ein Code, der aus dem genauen Inhalt einer Datei berechnet wird: Ändert sich auch nur ein Byte der Datei, ändert sich der Code. So kann später jede Person prüfen, dass dies die untersuchten Dateien sind.
pdf-see-appendix = Die technischen Nachweise für diese Befunde stehen im Anhang.
pdf-nothing-skipped = Alle Prüfungen, die für diese Eingaben gelten, wurden durchgeführt.
pdf-appendix-heading = Anhang: technische Nachweise
pdf-appendix-intro = Jeder Befund mit den Rohdaten, auf denen er beruht, so wie unstalk sie aufgezeichnet hat, damit eine Fachperson sie prüfen kann.
pdf-page = Seite

## The indicator set a report used, its date, and a warning when it is old
indicator-set-line = Verwendete Listen bekannter Stalkerware: { $names }, Stand { $date }.
indicator-set-undated = Verwendete Listen bekannter Stalkerware: { $names } (Stand unbekannt).
indicator-set-built-in = { $name } (eingebauter Stand { $version })
indicator-set-old = Achtung: Diese Liste bekannter Stalkerware ist { $days } Tage alt. Stalkerware, die seitdem aufgetaucht ist, fehlt darin, und diese Prüfung kann sie übersehen. Führen Sie mit Internetverbindung `unstalk indicators update` aus, um die aktuelle Liste zu holen, und prüfen Sie dann erneut.
