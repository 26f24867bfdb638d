<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
  <context>
    <name>paradigm_carto</name>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="204" />
      <source>the top level must be an object</source>
      <translation>het hoogste niveau moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a non-empty text</source>
      <translation>een niet-lege tekst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>true or false</source>
      <translation>true of false</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>an object</source>
      <translation>een object</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a list</source>
      <translation>een lijst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="273" />
      <source>a service must be an object</source>
      <translation>een dienst moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="293" />
      <source>a group must be an object</source>
      <translation>een groep moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="300" />
      <source>a source must be an object</source>
      <translation>een bron moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="332" />
      <source>expected the layer's name on the service</source>
      <translation>verwacht: de naam van de laag op de dienst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="335" />
      <source>expected true or false</source>
      <translation>verwacht: true of false</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="337" />
      <source>expected a text</source>
      <translation>verwacht: een tekst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="349" />
      <source>a layer must be an object</source>
      <translation>een laag moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="361" />
      <source>at least one source is required</source>
      <translation>minstens één bron is vereist</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="242" />
      <source>this field is required</source>
      <translation>dit veld is verplicht</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="267" />
      <source>expected a non-empty text</source>
      <translation>verwacht: een niet-lege tekst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="254" />
      <source>expected {kind}, got {value!r}</source>
      <translation>verwacht: {kind}, gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="279" />
      <source>unknown source type '{value}' (expected one of {allowed})</source>
      <translation>onbekend brontype ‘{value}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="315" />
      <source>unknown service '{value}' (expected one of {allowed})</source>
      <translation>onbekende dienst ‘{value}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="323" />
      <source>service '{service}' is of type '{service_type}', not '{value}'</source>
      <translation>de dienst ‘{service}’ is van het type ‘{service_type}’, niet ‘{value}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="356" />
      <source>unknown group '{value}' (expected one of {allowed})</source>
      <translation>onbekende groep ‘{value}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="367" />
      <source>expected one of {allowed}</source>
      <translation>verwacht: een van de waarden {allowed}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="33" />
      <source>Reference-layer catalogue, entry '{entry}', field '{field}': {reason}</source>
      <translation>Catalogus van de referentielagen, item ‘{entry}’, veld ‘{field}’: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="229" />
      <source>the id is used twice in '{list}'</source>
      <translation>de id wordt twee keer gebruikt in ‘{list}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="247" />
      <source>expected a number of zero or more, got {value!r}</source>
      <translation>verwacht: een getal groter dan of gelijk aan nul, gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="187" />
      <source>the file does not exist: {path}</source>
      <translation>het bestand bestaat niet: {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="194" />
      <source>not valid JSON at line {line}, column {column}: {message}</source>
      <translation>ongeldige JSON op regel {line}, kolom {column}: {message}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="79" />
      <source>the record's identifier is '{found}', expected '{expected}'</source>
      <translation>de identificatie van het record is ‘{found}’, ‘{expected}’ werd verwacht</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="83" />
      <source>the record's translations point at undeclared locales: {detail}</source>
      <translation>de vertalingen van het record verwijzen naar niet-aangegeven talen: {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="17" />
      <source>Catalogue {target}: {reason}</source>
      <translation>Catalogus {target}: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="76" />
      <source>the record to publish is not ISO 19139 XML ({detail})</source>
      <translation>de te publiceren record is geen ISO 19139-XML ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="255" />
      <source>the record cannot be read back after publishing</source>
      <translation>het record kan na publicatie niet worden teruggelezen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="278" />
      <source>the record is still there after it was withdrawn</source>
      <translation>het record is er nog na de intrekking</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="85" />
      <source>the authentication configuration '{authcfg}' cannot be read</source>
      <translation>de authenticatieconfiguratie ‘{authcfg}’ kan niet worden gelezen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="88" />
      <source>the authentication configuration '{authcfg}' is not a Basic one (user name and password)</source>
      <translation>de authenticatieconfiguratie ‘{authcfg}’ is niet van het type Basic (gebruikersnaam en wachtwoord)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="246" />
      <source>the catalogue reported {count} records inserted, expected 1</source>
      <translation>de catalogus meldt {count} ingevoegde records in plaats van 1</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="248" />
      <source>the catalogue reported {count} records updated, expected 1</source>
      <translation>de catalogus meldt {count} bijgewerkte records in plaats van 1</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="263" />
      <source>the record read back differs from the one sent: {detail}</source>
      <translation>de teruggelezen record verschilt van het verzonden record: {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="161" />
      <source>HTTP status {status}: {body}</source>
      <translation>HTTP-status {status}: {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="163" />
      <source>no answer within {seconds} s</source>
      <translation>geen antwoord binnen {seconds} s</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="171" />
      <source>the request failed ({detail})</source>
      <translation>de aanvraag is mislukt ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="173" />
      <source>the catalogue reported an error: {code}: {text}</source>
      <translation>de catalogus meldde een fout: {code}: {text}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="179" />
      <source>the answer is not valid XML ({detail})</source>
      <translation>het antwoord is geen geldige XML ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="182" />
      <source>the answer is not a CSW response ({detail})</source>
      <translation>het antwoord is geen CSW-antwoord ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="167" />
      <source>the connection was reset ({detail})</source>
      <translation>de verbinding werd verbroken ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="169" />
      <source>the catalogue cannot be reached ({detail})</source>
      <translation>de catalogus is onbereikbaar ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="359" />
      <source>the catalogue reported {count} records processed, expected 1</source>
      <translation>de catalogus meldt {count} verwerkte records in plaats van 1</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="345" />
      <source>the answer is not a GeoNetwork import report</source>
      <translation>het antwoord is geen GeoNetwork-importrapport</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="369" />
      <source>the catalogue did not report the record '{identifier}' as imported</source>
      <translation>de catalogus heeft het record ‘{identifier}’ niet als geïmporteerd gemeld</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="233" />
      <source>the catalogue refused the user name or password (HTTP 401): {body}</source>
      <translation>de catalogus heeft de gebruikersnaam of het wachtwoord geweigerd (HTTP 401): {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="248" />
      <source>the catalogue sent no XSRF-TOKEN cookie (is {url} a GeoNetwork 4 address?)</source>
      <translation>de catalogus heeft geen XSRF-TOKEN-cookie verzonden (is {url} wel een GeoNetwork 4-adres?)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="220" />
      <source>the TLS certificate cannot be verified ({detail})</source>
      <translation>het TLS-certificaat kan niet worden geverifieerd ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="261" />
      <source>the catalogue refused the change (HTTP 403): {body}</source>
      <translation>de catalogus heeft de wijziging geweigerd (HTTP 403): {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="283" />
      <source>the answer is not an ISO 19139 record ({detail})</source>
      <translation>het antwoord is geen ISO 19139-record ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="290" />
      <source>the answer is not valid JSON ({detail})</source>
      <translation>het antwoord is geen geldige JSON ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="419" />
      <source>the answer is not a search response ({detail})</source>
      <translation>het antwoord is geen zoekantwoord ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="211" />
      <source>the layer is not a valid vector layer</source>
      <translation>de laag is geen geldige vectorlaag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="214" />
      <source>the layer is edited in a database transaction (edits are written as they are made)</source>
      <translation>de laag wordt bewerkt in een databasetransactie (de bewerkingen worden meteen weggeschreven)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="219" />
      <source>the project uses transaction groups, which save without the per-layer check</source>
      <translation>het project gebruikt transactiegroepen, die opslaan zonder de controle per laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="221" />
      <source>the data source cannot add features</source>
      <translation>de gegevensbron kan geen objecten toevoegen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="154" />
      <source>… and {count} more.</source>
      <translation>… en nog {count}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="185" />
      <source>The validation was cancelled before the end.</source>
      <translation>De validatie werd geannuleerd voordat ze voltooid was.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="223" />
      <source>the data source accepts every geometry type ({type}), so it cannot be made to refuse</source>
      <translation>de gegevensbron aanvaardt elk geometrietype ({type}) en kan dus niet worden gedwongen het opslaan te weigeren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="455" />
      <source>The layer is not in editing mode.</source>
      <translation>De laag is niet in bewerkingsmodus.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="498" />
      <source>{feature} overlaps {other} by {area} m².</source>
      <translation>{feature} overlapt {other} over {area} m².</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="499" />
      <source>{feature} slightly overlaps {other} ({area} m²).</source>
      <translation>{feature} overlapt {other} licht ({area} m²).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="272" />
      <source>Saves of {layer} cannot be checked: {reason}.</source>
      <translation>Het opslaan van {layer} kan niet worden gecontroleerd: {reason}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="189" />
      <source>The validation itself failed: {error}</source>
      <translation>De validatie zelf is mislukt: {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="121" />
      <source>at all scales</source>
      <translation>op alle schalen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="126" />
      <source>between 1:{zoomed_out} and 1:{zoomed_in}</source>
      <translation>tussen 1:{zoomed_out} en 1:{zoomed_in}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="396" />
      <source>Layer '{layer}' does not carry the house style.</source>
      <translation>De laag ‘{layer}’ past de huisstijl niet toe.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="89" />
      <source>Layer '{layer}' differs from the house style in {count} point(s).</source>
      <translation>De laag ‘{layer}’ wijkt op {count} punt(en) af van de huisstijl.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="123" />
      <source>at 1:{scale} and larger scales</source>
      <translation>op 1:{scale} en op grotere schalen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="125" />
      <source>at scales smaller than 1:{scale}</source>
      <translation>op schalen kleiner dan 1:{scale}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="165" />
      <source>Layer '{layer}': the renderer is '{found}', the house style has '{expected}'.</source>
      <translation>Laag ‘{layer}’: de renderer is ‘{found}’, de huisstijl schrijft ‘{expected}’ voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="173" />
      <source>Layer '{layer}': symbol levels are {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: symboolniveaus ingeschakeld: {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="180" />
      <source>the symbol</source>
      <translation>de weergave met enkel symbool</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="186" />
      <source>Layer '{layer}': {found} symbol rules, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: {found} symboolregels, de huisstijl schrijft er {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="215" />
      <source>Layer '{layer}': {part} has no symbol.</source>
      <translation>Laag ‘{layer}’: {part} heeft geen symbool.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="223" />
      <source>Layer '{layer}': the symbol of {part} is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: voor {part} is het symbool {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="272" />
      <source>Layer '{layer}': labels are off or not by the rules of the house style, which has {expected}.</source>
      <translation>Laag '{layer}': de labels staan uit of volgen de regels van de huisstijl niet, die voorziet in: {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="287" />
      <source>Layer '{layer}': the label placement is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de labelplaatsing is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="296" />
      <source>Layer '{layer}': the label priority is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de labelprioriteit is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="305" />
      <source>Layer '{layer}': labels show {found}, the house style shows them {expected}.</source>
      <translation>Laag ‘{layer}’: de labels worden {found} getoond, de huisstijl toont ze {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="321" />
      <source>Layer '{layer}': labels are in the mode '{found}', the house style has '{expected}'.</source>
      <translation>Laag ‘{layer}’: de labels staan in de modus ‘{found}’, de huisstijl schrijft ‘{expected}’ voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="328" />
      <source>Layer '{layer}': the label text is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de labeltekst is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="337" />
      <source>Layer '{layer}': the label colour is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de labelkleur is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="345" />
      <source>Layer '{layer}': the label halo is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de labelhalo is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="354" />
      <source>Layer '{layer}': the label font is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: het lettertype van de labels is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="373" />
      <source>Layer '{layer}': the layer shows {found}, the house style shows it {expected}.</source>
      <translation>Laag ‘{layer}’: de laag wordt {found} getoond, de huisstijl toont ze {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="88" />
      <source>Layer '{layer}' carries the house style.</source>
      <translation>De laag ‘{layer}’ past de huisstijl toe.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="102" />
      <source>House style conformity</source>
      <translation>Conformiteit met de huisstijl</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="192" />
      <source>the rule '{rule}'</source>
      <translation>de regel ‘{rule}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="196" />
      <source>Layer '{layer}': the filter of {part} is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: de filter van {part} is {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="206" />
      <source>Layer '{layer}': {part} is drawn {found}, the house style draws it {expected}.</source>
      <translation>Laag ‘{layer}’: {part} wordt {found} getekend, volgens de huisstijl {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="259" />
      <source>Layer '{layer}': labels are on, the house style has none for this layer.</source>
      <translation>Laag ‘{layer}’: de labels staan aan, de huisstijl schrijft voor deze laag geen labels voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="264" />
      <source>Layer '{layer}': labels are off or not simple labels, the house style labels it.</source>
      <translation>Laag ‘{layer}’: de labels staan uit of zijn geen enkelvoudige labels, terwijl de huisstijl labels voorschrijft.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="237" />
      <source>Layer '{layer}': the colour of {part} is {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: voor {part} is de kleur {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="245" />
      <source>Layer '{layer}': {part} has {what} {found}, the house style has {expected}.</source>
      <translation>Laag ‘{layer}’: voor {part} is {what} {found}, de huisstijl schrijft {expected} voor.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="125" />
      <source>the offline sample file is missing: {path}</source>
      <translation>het bestand met de offline voorbeeldgegevens ontbreekt: {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="128" />
      <source>the layer '{layer}' is not in the offline sample</source>
      <translation>de laag ‘{layer}’ komt niet voor in de offline voorbeeldgegevens</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="225" />
      <source>the service answered the search in '{layer}' with something that is not GeoJSON</source>
      <translation>het antwoord van de dienst op de zoekopdracht in ‘{layer}’ is geen GeoJSON</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="44" />
      <source>French - Dutch</source>
      <translation>Frans - Nederlands</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="45" />
      <source>Dutch - French</source>
      <translation>Nederlands - Frans</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="46" />
      <source>French above Dutch (two lines)</source>
      <translation>Frans boven Nederlands (twee regels)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="47" />
      <source>French only</source>
      <translation>Alleen Frans</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="48" />
      <source>Dutch only</source>
      <translation>Alleen Nederlands</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="529" />
      <source>Brussels map</source>
      <translation>Kaart van Brussel</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="596" />
      <source>Cannot write the map to {path}: check that the folder exists and is writable.</source>
      <translation>De kaart kan niet naar {path} worden geschreven: controleer of de map bestaat en beschrijfbaar is.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="598" />
      <source>Not enough memory to export the map to {path}; try a lower resolution.</source>
      <translation>Onvoldoende geheugen om de kaart naar {path} te exporteren; probeer een lagere resolutie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="600" />
      <source>The export of the map to {path} was cancelled.</source>
      <translation>De export van de kaart naar {path} werd geannuleerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="121" />
      <source>Cannot read the layout templates {path}: {reason}</source>
      <translation>De lay-outsjablonen {path} kunnen niet worden gelezen: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="140" />
      <source>Unknown layout template '{template}'; expected one of: {templates}</source>
      <translation>Onbekend lay-outsjabloon ‘{template}’; verwacht: een van de sjablonen {templates}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="540" />
      <source>Layout template '{template}' has no map</source>
      <translation>Het lay-outsjabloon ‘{template}’ bevat geen kaart</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="585" />
      <source>Cannot export the map to {path}: the folder {folder} does not exist.</source>
      <translation>De kaart kan niet naar {path} worden geëxporteerd: de map {folder} bestaat niet.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="589" />
      <source>Cannot export the map to {path}: the folder {folder} is not writable.</source>
      <translation>De kaart kan niet naar {path} worden geëxporteerd: de map {folder} is niet beschrijfbaar.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="602" />
      <source>The map could not be exported to {path} (QGIS export error {code}). {detail}</source>
      <translation>De kaart kon niet naar {path} worden geëxporteerd (QGIS-exportfout {code}). {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="679" />
      <source>Could not add the layout '{name}' to the project</source>
      <translation>De lay-out ‘{name}’ kon niet aan het project worden toegevoegd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="350" />
      <source>Layout template item '{item}': unknown type '{type}'</source>
      <translation>Element ‘{item}’ van het lay-outsjabloon: onbekend type ‘{type}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="69" />
      <source>UrbIS reference layers</source>
      <translation>UrbIS-referentielagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="132" />
      <source>Realized by means of Brussels UrbIS® © — Distribution: Paradigm</source>
      <translation>Gerealiseerd door middel van Brussels UrbIS® © — Distributie: Paradigm</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="44" />
      <source>Could not load the layer '{layer}': {reason}</source>
      <translation>De laag ‘{layer}’ kon niet worden geladen: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="92" />
      <source>no source for this layer in the offline sample</source>
      <translation>geen bron voor deze laag in de offline voorbeeldgegevens</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="94" />
      <source>no online source for this layer</source>
      <translation>geen onlinebron voor deze laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="102" />
      <source>Identifier</source>
      <translation>Identificatie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="103" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="104" />
      <source>Abstract</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="105" />
      <source>Keywords</source>
      <translation>Trefwoorden</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="106" />
      <source>Lineage</source>
      <translation>Herkomst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="107" />
      <source>Licence</source>
      <translation>Licentie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="108" />
      <source>Topic category</source>
      <translation>Onderwerpcategorie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="109" />
      <source>Update frequency</source>
      <translation>Bijwerkingsfrequentie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="110" />
      <source>Contact organisation</source>
      <translation>Contactorganisatie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="111" />
      <source>Contact e-mail</source>
      <translation>Contact-e-mail</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="112" />
      <source>Geographic extent</source>
      <translation>Geografische omvang</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="116" />
      <source>{field} ({language})</source>
      <translation>{field} ({language})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="29" />
      <source>HTTP status {status}</source>
      <translation>HTTP-status {status}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="30" />
      <source>the request to {host} failed: {reason}</source>
      <translation>de aanvraag naar {host} is mislukt: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="508" />
      <source>The topology rules of layer '{layer}' changed since it was validated.</source>
      <translation>De topologieregels van de laag ‘{layer}’ zijn gewijzigd sinds de validatie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="197" />
      <source>cancelled</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="297" />
      <source>Layer '{layer}' is not in a GeoPackage: save it to a GeoPackage to validate, approve and publish it.</source>
      <translation>De laag ‘{layer}’ zit niet in een GeoPackage: sla ze op in een GeoPackage om ze te kunnen valideren, goedkeuren en publiceren.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="506" />
      <source>The data of layer '{layer}' changed since it was validated.</source>
      <translation>De gegevens van de laag ‘{layer}’ zijn gewijzigd sinds de validatie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="565" />
      <source>Layer '{layer}' has unsaved edits: save them before validating.</source>
      <translation>De laag ‘{layer}’ heeft niet-opgeslagen bewerkingen: sla ze op vóór de validatie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="570" />
      <source>No topology rule set is bound to layer '{layer}'.</source>
      <translation>Er is geen set topologieregels aan de laag ‘{layer}’ gekoppeld.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="625" />
      <source>The approval of layer '{layer}' needs the approver's name.</source>
      <translation>Voor de goedkeuring van de laag ‘{layer}’ is de naam van de goedkeurder vereist.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="641" />
      <source>Layer '{layer}' has no approval record.</source>
      <translation>De laag ‘{layer}’ heeft geen goedkeuringsrecord.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="98" />
      <source>the table '{table}' is not in the GeoPackage</source>
      <translation>de tabel ‘{table}’ komt niet voor in de GeoPackage</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="492" />
      <source>Layer '{layer}' has not been validated.</source>
      <translation>De laag ‘{layer}’ is niet gevalideerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="495" />
      <source>Layer '{layer}' has unsaved edits since it was validated.</source>
      <translation>De laag ‘{layer}’ heeft sinds de validatie niet-opgeslagen bewerkingen.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="619" />
      <source>Layer '{layer}' is already approved.</source>
      <translation>De laag ‘{layer}’ is al goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="575" />
      <source>The layer '{other}' needed to validate layer '{layer}' was not found.</source>
      <translation>De laag ‘{other}’ die nodig is om de laag ‘{layer}’ te valideren, werd niet gevonden.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="581" />
      <source>The validation of layer '{layer}' was cancelled.</source>
      <translation>De validatie van de laag ‘{layer}’ werd geannuleerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="621" />
      <source>Layer '{layer}' must be validated before it is approved.</source>
      <translation>De laag ‘{layer}’ moet gevalideerd zijn voordat ze kan worden goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="514" />
      <source>The layer '{other}' used to validate layer '{layer}' changed since.</source>
      <translation>De laag ‘{other}’ die gebruikt werd om de laag ‘{layer}’ te valideren, is sindsdien gewijzigd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="584" />
      <source>Layer '{layer}' has {count} topology error(s).</source>
      <translation>De laag ‘{layer}’ heeft {count} topologiefout(en).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="60" />
      <source>checks</source>
      <translation>controles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="61" />
      <source>conflict check</source>
      <translation>conflictcontrole</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="62" />
      <source>data package</source>
      <translation>datapakket</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="63" />
      <source>catalogue</source>
      <translation>catalogus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="64" />
      <source>approval state</source>
      <translation>goedkeuringsstatus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="65" />
      <source>withdrawal</source>
      <translation>intrekking</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="177" />
      <source>Data package (GeoPackage with the house style)</source>
      <translation>Datapakket (GeoPackage met de huisstijl)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="426" />
      <source>the layer was never published</source>
      <translation>de laag werd nooit gepubliceerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="35" />
      <source>Publishing layer '{layer}' failed at the step '{step}': {reason}</source>
      <translation>De publicatie van de laag ‘{layer}’ is mislukt bij de stap ‘{step}’: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="151" />
      <source>The metadata of layer '{layer}' is incomplete: {fields}.</source>
      <translation>De metadata van de laag ‘{layer}’ zijn onvolledig: {fields}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="157" />
      <source>Layer '{layer}' was published as '{published}', the metadata has the identifier '{identifier}'.</source>
      <translation>De laag ‘{layer}’ werd gepubliceerd als ‘{published}’, maar de metadata hebben de identificatie ‘{identifier}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="247" />
      <source>the catalogue record '{identifier}' was changed by someone else (revision {found}, this layer last published revision {expected}): reload it before publishing again</source>
      <translation>het catalogusrecord ‘{identifier}’ werd door iemand anders gewijzigd (revisie {found}, laatst vanuit deze laag gepubliceerde revisie: {expected}): laad het opnieuw voordat u opnieuw publiceert</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="252" />
      <source>the catalogue already holds a record '{identifier}' (revision {found}) that was not published from this copy of the layer</source>
      <translation>de catalogus bevat al een record ‘{identifier}’ (revisie {found}) dat niet vanuit deze kopie van de laag werd gepubliceerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="394" />
      <source>The catalogue record could not be checked or restored: {reason}</source>
      <translation>Het catalogusrecord kon niet worden gecontroleerd of hersteld: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="144" />
      <source>Layer '{layer}' is validated but not approved.</source>
      <translation>De laag ‘{layer}’ is gevalideerd maar niet goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="123" />
      <source>The publication store '{folder}' cannot be written: {reason}</source>
      <translation>Er kan niet worden geschreven in de publicatieopslag ‘{folder}’: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="220" />
      <source>House style of {layer}</source>
      <translation>Huisstijl van {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="210" />
      <source>the GeoPackage could not be written</source>
      <translation>de GeoPackage kon niet worden geschreven</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="214" />
      <source>the exported GeoPackage cannot be opened</source>
      <translation>de geëxporteerde GeoPackage kan niet worden geopend</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="181" />
      <source>the SLD style could not be written</source>
      <translation>de SLD-stijl kon niet worden geschreven</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="229" />
      <source>the style could not be saved in the GeoPackage</source>
      <translation>de stijl kon niet in de GeoPackage worden opgeslagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="57" />
      <source>CSW catalogue</source>
      <translation>CSW-catalogus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="57" />
      <source>GeoNetwork</source>
      <translation>GeoNetwork</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="68" />
      <source>A publication target has no name.</source>
      <translation>Een publicatiebestemming heeft geen naam.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="71" />
      <source>Publication target '{name}': unknown type '{type}' (expected csw or geonetwork).</source>
      <translation>Publicatiebestemming ‘{name}’: onbekend type ‘{type}’ (verwacht: csw of geonetwork).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="155" />
      <source>The public base URL of the publication store is not a valid http(s) URL: '{url}'.</source>
      <translation>De openbare basis-URL van de publicatieopslag is geen geldige http(s)-URL: ‘{url}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="79" />
      <source>Publication target '{name}': the address is not a valid http(s) URL: '{url}'.</source>
      <translation>Publicatiebestemming ‘{name}’: het adres is geen geldige http(s)-URL: ‘{url}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="94" />
      <source>Two publication targets are named '{name}'.</source>
      <translation>Twee publicatiebestemmingen hebben de naam ‘{name}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="115" />
      <source>the service did not answer or does not offer the layer '{layer}'</source>
      <translation>de dienst heeft niet geantwoord of biedt de laag ‘{layer}’ niet aan</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="50" />
      <source>the service address is not a valid http(s) URL: '{url}'</source>
      <translation>het adres van de dienst is geen geldige http(s)-URL: ‘{url}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/tasks.py" line="24" />
      <source>Loading UrbIS reference layers</source>
      <translation>UrbIS-referentielagen laden</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="211" />
      <source>No topology rules.</source>
      <translation>Geen topologieregels.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="84" />
      <source>no rule set given</source>
      <translation>geen regelset opgegeven</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="201" />
      <source>No topology rules (set in this project).</source>
      <translation>Geen topologieregels (ingesteld in dit project).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="204" />
      <source>Rule file {path} (set in this project).</source>
      <translation>Regelbestand {path} (ingesteld in dit project).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="210" />
      <source>Shipped rule set '{id}' (by the layer's name or catalogue id).</source>
      <translation>Meegeleverde regelset ‘{id}’ (op basis van de laagnaam of de catalogus-id).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="203" />
      <source>Shipped rule set '{id}' (set in this project).</source>
      <translation>Meegeleverde regelset ‘{id}’ (ingesteld in dit project).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="105" />
      <source>no rule set shipped with the plugin has the id '{id}'</source>
      <translation>geen enkele met de plug-in meegeleverde regelset heeft de id ‘{id}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="214" />
      <source>invalid geometry</source>
      <translation>ongeldige geometrie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="208" />
      <source>{feature} has too few vertices ({count}) in a part or ring</source>
      <translation>{feature} heeft te weinig hoekpunten ({count}) in een deel of ring</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="218" />
      <source>{feature} is not valid: {reason}</source>
      <translation>{feature} is ongeldig: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="264" />
      <source>{feature} has an area of {area} m² (minimum {minimum} m²)</source>
      <translation>{feature} heeft een oppervlakte van {area} m² (minimum {minimum} m²)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="285" />
      <source>{feature} is a sliver (thinness {value}, minimum {minimum})</source>
      <translation>{feature} is een splinterpolygoon (dunheid {value}, minimum {minimum})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="383" />
      <source>{feature} is not inside {layers}: {area} m² outside</source>
      <translation>{feature} ligt niet binnen {layers}: {area} m² erbuiten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="457" />
      <source>{feature} overlaps {other} by {area} m²</source>
      <translation>{feature} overlapt {other} over {area} m²</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="466" />
      <source>{feature} duplicates {other}</source>
      <translation>{feature} is een duplicaat van {other}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="599" />
      <source>{feature} has a dangling end at ({x}, {y})</source>
      <translation>{feature} heeft een losse eindknoop op ({x}, {y})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="654" />
      <source>gap of {area} m² in {layer}, next to {features}</source>
      <translation>gat van {area} m² in {layer}, naast {features}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="161" />
      <source>{feature} has no geometry</source>
      <translation>{feature} heeft geen geometrie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="228" />
      <source>{feature} has {parts} parts where one is required</source>
      <translation>{feature} heeft {parts} delen terwijl er één vereist is</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="238" />
      <source>{feature} crosses itself</source>
      <translation>{feature} snijdt zichzelf</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="300" />
      <source>{feature} has neither a French ({fr}) nor a Dutch ({nl}) name</source>
      <translation>{feature} heeft noch een Franse ({fr}) noch een Nederlandse ({nl}) naam</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="390" />
      <source>{feature} is not inside {layers}: {length} m outside</source>
      <translation>{feature} ligt niet binnen {layers}: {length} m erbuiten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="394" />
      <source>{feature} is not inside {layers}</source>
      <translation>{feature} ligt niet binnen {layers}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="163" />
      <source>{feature} has an empty geometry</source>
      <translation>{feature} heeft een lege geometrie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="252" />
      <source>{feature} has a segment of {length} m (minimum {minimum} m)</source>
      <translation>{feature} heeft een segment van {length} m (minimum {minimum} m)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="304" />
      <source>{feature} has a Dutch name but no French name ({field})</source>
      <translation>{feature} heeft een Nederlandse naam maar geen Franse naam ({field})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="336" />
      <source>{feature} has NIS code {code} but lies in municipality {expected}</source>
      <translation>{feature} heeft NIS-code {code} maar ligt in gemeente {expected}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="413" />
      <source>{feature} overlaps {layer} {other} by {area} m²</source>
      <translation>{feature} overlapt {layer} {other} over {area} m²</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="308" />
      <source>{feature} has a French name but no Dutch name ({field})</source>
      <translation>{feature} heeft een Franse naam maar geen Nederlandse naam ({field})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="136" />
      <source>the rule '{rule}' ({check}) does not apply to the {kind} layer '{layer}'</source>
      <translation>de regel ‘{rule}’ ({check}) is niet van toepassing op de laag ‘{layer}’ van het type {kind}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="145" />
      <source>the layer '{layer}' needed by the rule '{rule}' is missing</source>
      <translation>de laag ‘{layer}’ die de regel ‘{rule}’ nodig heeft, ontbreekt</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="160" />
      <source>the field '{field}' needed by the rule '{rule}' is not in the layer '{layer}'</source>
      <translation>het veld ‘{field}’ dat de regel ‘{rule}’ nodig heeft, komt niet voor in de laag ‘{layer}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/errors.py" line="24" />
      <source>Topology rules, rule '{rule}', field '{field}': {reason}</source>
      <translation>Topologieregels, regel ‘{rule}’, veld ‘{field}’: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="105" />
      <source>feature</source>
      <translation>object</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="231" />
      <source>a rule must be an object</source>
      <translation>een regel moet een object zijn</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="297" />
      <source>expected an object of texts by language, such as "en": "building"</source>
      <translation>verwacht: een object met teksten per taal, zoals "en": "building"</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="300" />
      <source>expected a non-empty list of rules</source>
      <translation>verwacht: een niet-lege lijst van regels</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="187" />
      <source>expected a non-empty text, got {value!r}</source>
      <translation>verwacht: een niet-lege tekst, gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="221" />
      <source>expected a list of [French field, Dutch field] pairs, e.g. [["NAMEFRE", "NAMEDUT"]], got {value!r}</source>
      <translation>verwacht: een lijst van paren [Frans veld, Nederlands veld], bv. [["NAMEFRE", "NAMEDUT"]], gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="238" />
      <source>unknown check '{value}' (expected one of {allowed})</source>
      <translation>onbekende controle ‘{value}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="245" />
      <source>unknown severity '{value}' (expected one of {allowed})</source>
      <translation>onbekend ernstniveau ‘{value}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="286" />
      <source>expected '{value}'</source>
      <translation>verwacht: ‘{value}’</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="288" />
      <source>unsupported version {value!r} (expected {expected})</source>
      <translation>niet-ondersteunde versie {value!r} (verwacht: {expected})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="199" />
      <source>expected true or false, got {value!r}</source>
      <translation>verwacht: true of false, gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="210" />
      <source>expected a non-empty list of layer names, got {value!r}</source>
      <translation>verwacht: een niet-lege lijst van laagnamen, gekregen: {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="256" />
      <source>unknown field for the check '{check}' (expected one of {allowed})</source>
      <translation>onbekend veld voor de controle ‘{check}’ (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="283" />
      <source>unknown field (expected one of {allowed})</source>
      <translation>onbekend veld (verwacht: een van de waarden {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/browser.py" line="67" />
      <source>Brussels reference layers (UrbIS)</source>
      <translation>Brusselse referentielagen (UrbIS)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="128" />
      <source>{layer}: not saved, {count} topology error(s). Your edits are kept; fix them and save again.</source>
      <translation>{layer}: niet opgeslagen, {count} topologiefout(en). Uw lopende bewerkingen blijven behouden; verbeter de fouten en sla opnieuw op.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="133" />
      <source>QGIS may also report that feature(s) could not be added because the geometry type is not compatible: that is how the plugin stops the save. Nothing was written.</source>
      <translation>QGIS kan ook melden dat objecten niet konden worden toegevoegd omdat het geometrietype niet compatibel is: zo verhindert de plug-in het opslaan. Er werd niets weggeschreven.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="138" />
      <source>Save refused</source>
      <translation>Opslaan geweigerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="158" />
      <source>{layer}: saved with {count} warning(s).</source>
      <translation>{layer}: opgeslagen met {count} waarschuwing(en).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="164" />
      <source>{layer}: topology errors were found but the save could not be stopped ({reason}).</source>
      <translation>{layer}: er werden topologiefouten gevonden, maar het opslaan kon niet worden tegengehouden ({reason}).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="108" />
      <source>Topology check</source>
      <translation>Topologiecontrole</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="21" />
      <source>Paradigm</source>
      <translation>Paradigm</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="36" />
      <source>These reference layers are already in the project.</source>
      <translation>Deze referentielagen staan al in het project.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="31" />
      <source>Reference layers added: {count}.</source>
      <translation>Referentielagen toegevoegd: {count}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="25" />
      <source>Bilingual house labels</source>
      <translation>Tweetalige labels volgens de huisstijl</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="39" />
      <source>Layer</source>
      <translation>Laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="40" />
      <source>French name field</source>
      <translation>Veld met de Franse naam</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="41" />
      <source>Dutch name field</source>
      <translation>Veld met de Nederlandse naam</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="42" />
      <source>Label mode</source>
      <translation>Labelmodus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="66" />
      <source>Choose a vector layer.</source>
      <translation>Kies een vectorlaag.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="96" />
      <source>Select a layer styled by Paradigm or carrying house labels.</source>
      <translation>Selecteer een laag die door Paradigm werd opgemaakt of die labels volgens de huisstijl heeft.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="102" />
      <source>Select a vector layer.</source>
      <translation>Selecteer een vectorlaag.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="59" />
      <source>No French/Dutch field pair recognised: pick both.</source>
      <translation>Geen paar Franse/Nederlandse velden herkend: kies beide velden.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="68" />
      <source>Choose a French and a Dutch field of layer '{layer}'.</source>
      <translation>Kies een Frans en een Nederlands veld van de laag ‘{layer}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="70" />
      <source>The French and Dutch fields must differ (both are '{field}').</source>
      <translation>Het Franse en het Nederlandse veld moeten verschillen (beide zijn ‘{field}’).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="94" />
      <source>House style restored on '{layer}'.</source>
      <translation>Huisstijl hersteld voor de laag ‘{layer}’.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="152" />
      <source>This layer drifted from the house style: click to restore it.</source>
      <translation>Deze laag wijkt af van de huisstijl: klik om de huisstijl te herstellen.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="41" />
      <source>Brussels streets and municipalities (UrbIS)</source>
      <translation>Brusselse straten en gemeenten (UrbIS)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="66" />
      <source>Municipalities</source>
      <translation>Gemeenten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="66" />
      <source>Streets</source>
      <translation>Straten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Street</source>
      <translation>Straat</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="55" />
      <source>Search failed: {reason}</source>
      <translation>Zoeken mislukt: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="51" />
      <source>Reference layers</source>
      <translation>Referentielagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="54" />
      <source>Online (Region's services)</source>
      <translation>Online (diensten van het Gewest)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="55" />
      <source>Offline (bundled sample)</source>
      <translation>Offline (meegeleverde voorbeeldgegevens)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="57" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="59" />
      <source>WFS</source>
      <translation>WFS</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="60" />
      <source>OGC API Features</source>
      <translation>OGC API Features</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="62" />
      <source>Protocol for vector layers online</source>
      <translation>Protocol voor online vectorlagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="67" />
      <source>Bilingual labels</source>
      <translation>Tweetalige labels</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="70" />
      <source>Service addresses (empty: the Region's default)</source>
      <translation>Adressen van de diensten (leeg: standaardadres van het Gewest)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="77" />
      <source>Overridden by the environment variable {name} when it is set.</source>
      <translation>Wordt vervangen door de omgevingsvariabele {name} als die ingesteld is.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="48" />
      <source>Filter by name (French, Dutch or English)…</source>
      <translation>Filteren op naam (Frans, Nederlands of Engels)…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="60" />
      <source>Add selected</source>
      <translation>Selectie toevoegen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="62" />
      <source>Add the standard set</source>
      <translation>Standaardlagen toevoegen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="99" />
      <source>No source for this layer in the current mode.</source>
      <translation>Geen bron voor deze laag in de huidige modus.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="41" />
      <source>Publication target</source>
      <translation>Publicatiebestemming</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="44" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="48" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="51" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="53" />
      <source>Authentication</source>
      <translation>Authenticatie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="96" />
      <source>Publication</source>
      <translation>Publicatie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="113" />
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="115" />
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="117" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="126" />
      <source>Publication store folder</source>
      <translation>Map van de publicatieopslag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="129" />
      <source>empty: file:// links</source>
      <translation>leeg: file://-links</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="130" />
      <source>Public base URL of the store</source>
      <translation>Openbare basis-URL van de opslag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="100" />
      <source>Catalogues to publish to</source>
      <translation>Catalogi waarin wordt gepubliceerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="149" />
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="115" />
      <source>Publish to catalogue…</source>
      <translation>Publiceren in de catalogus…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="120" />
      <source>Withdraw from catalogue…</source>
      <translation>Intrekken uit de catalogus…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="125" />
      <source>Publication log</source>
      <translation>Publicatielogboek</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="81" />
      <source>draft</source>
      <translation>ontwerp</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="82" />
      <source>validated</source>
      <translation>gevalideerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="83" />
      <source>approved</source>
      <translation>goedgekeurd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="84" />
      <source>published</source>
      <translation>gepubliceerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="92" />
      <source>publication</source>
      <translation>publicatie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="94" />
      <source>new record</source>
      <translation>nieuw record</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="95" />
      <source>record updated</source>
      <translation>record bijgewerkt</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="104" />
      <source>withdrawn</source>
      <translation>ingetrokken</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="105" />
      <source>refused</source>
      <translation>geweigerd</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="106" />
      <source>conflict</source>
      <translation>conflict</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="107" />
      <source>failed</source>
      <translation>mislukt</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="161" />
      <source>Checks</source>
      <translation>Controles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="162" />
      <source>Only an approved layer can be published: validate it (topology and house style), then approve it.</source>
      <translation>Alleen een goedgekeurde laag kan worden gepubliceerd: valideer ze (topologie en huisstijl) en keur ze daarna goed.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="173" />
      <source>Validate</source>
      <translation>Valideren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="176" />
      <source>Approval</source>
      <translation>Goedkeuring</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="179" />
      <source>Approved by</source>
      <translation>Goedgekeurd door</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="181" />
      <source>Comment</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="182" />
      <source>Approve</source>
      <translation>Goedkeuren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="252" />
      <source>Approved.</source>
      <translation>Goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="275" />
      <source>Metadata</source>
      <translation>Metadata</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="276" />
      <source>French and Dutch are required. English is optional, but once any English text is given, every English text is required.</source>
      <translation>Frans en Nederlands zijn verplicht. Engels is facultatief, maar zodra er één Engelse tekst is ingevuld, zijn alle Engelse teksten verplicht.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="280" />
      <source>English (optional)</source>
      <translation>Engels (facultatief)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="325" />
      <source>Licence URL</source>
      <translation>URL van de licentie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="462" />
      <source>Target</source>
      <translation>Bestemming</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="463" />
      <source>The catalogue that receives the record, and the store that receives the data package.</source>
      <translation>De catalogus die het record ontvangt en de opslag die het datapakket ontvangt.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="468" />
      <source>Catalogue</source>
      <translation>Catalogus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="481" />
      <source>Open the publication settings…</source>
      <translation>Publicatie-instellingen openen…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="588" />
      <source>Publish</source>
      <translation>Publiceren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="589" />
      <source>The data package goes to the store, then the record to the catalogue. A failure leaves both as they were.</source>
      <translation>Het datapakket gaat naar de opslag, daarna het record naar de catalogus. Bij een fout blijven beide ongewijzigd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="598" />
      <source>Cancel the publication</source>
      <translation>Publicatie annuleren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="601" />
      <source>Withdraw…</source>
      <translation>Intrekken…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="602" />
      <source>Remove the record from the catalogue and the package from the store.</source>
      <translation>Het record uit de catalogus en het datapakket uit de opslag verwijderen.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="804" />
      <source>Choose a vector layer to publish.</source>
      <translation>Kies een te publiceren vectorlaag.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="832" />
      <source>No publication store folder is configured.</source>
      <translation>Er is geen map voor de publicatieopslag ingesteld.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="836" />
      <source>Withdraw</source>
      <translation>Intrekken</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="870" />
      <source>Message</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="878" />
      <source>Refresh</source>
      <translation>Vernieuwen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="239" />
      <source>Validated: the layer can now be approved.</source>
      <translation>Gevalideerd: de laag kan nu worden goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="240" />
      <source>The validation found problems: see the reasons above.</source>
      <translation>De validatie heeft problemen gevonden: zie de redenen hierboven.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="287" />
      <source>Keywords (comma-separated)</source>
      <translation>Trefwoorden (gescheiden door komma's)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="428" />
      <source>All required fields are filled.</source>
      <translation>Alle verplichte velden zijn ingevuld.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="502" />
      <source>not configured</source>
      <translation>niet ingesteld</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="503" />
      <source>none (file:// links)</source>
      <translation>geen (file://-links)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="506" />
      <source>No publication target is configured.</source>
      <translation>Er is geen publicatiebestemming ingesteld.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="510" />
      <source>Configure them in Settings › Options › Paradigm › Publication.</source>
      <translation>Stel ze in via Instellingen › Opties › Paradigm › Publicatie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="658" />
      <source>Choose a target and configure the publication store first.</source>
      <translation>Kies eerst een bestemming en stel de publicatieopslag in.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="685" />
      <source>Cancelling…</source>
      <translation>Annuleren…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="850" />
      <source>Layer '{layer}' was withdrawn from the catalogue.</source>
      <translation>De laag ‘{layer}’ werd uit de catalogus ingetrokken.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="203" />
      <source>Layer '{layer}': {state}.</source>
      <translation>Laag ‘{layer}’: {state}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="545" />
      <source>Publication of {layer}</source>
      <translation>Publicatie van {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="630" />
      <source>Layer '{layer}' to '{target}' ({url}); store: {store}</source>
      <translation>Laag ‘{layer}’ naar ‘{target}’ ({url}); opslag: {store}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="676" />
      <source>Publishing layer '{layer}'…</source>
      <translation>De laag ‘{layer}’ wordt gepubliceerd…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="698" />
      <source>Published layer '{layer}' as record '{identifier}' ({action}), revision {revision}.</source>
      <translation>Laag ‘{layer}’ gepubliceerd als record ‘{identifier}’ ({action}), revisie {revision}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="701" />
      <source>Package: {package}
Download link: {url}</source>
      <translation>Datapakket: {package}
Downloadlink: {url}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="767" />
      <source>Publish '{layer}' to the catalogue</source>
      <translation>‘{layer}’ publiceren in de catalogus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="822" />
      <source>Layer '{layer}' is not published.</source>
      <translation>De laag ‘{layer}’ is niet gepubliceerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="827" />
      <source>Layer '{layer}' was published to '{target}', which is not a configured publication target.</source>
      <translation>De laag ‘{layer}’ werd gepubliceerd naar ‘{target}’, dat geen ingestelde publicatiebestemming is.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="837" />
      <source>Withdraw layer '{layer}' (record '{identifier}') from '{target}'?</source>
      <translation>De laag ‘{layer}’ (record ‘{identifier}’) uit ‘{target}’ intrekken?</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="234" />
      <source>Topology: {errors} error(s), {warnings} warning(s).</source>
      <translation>Topologie: {errors} fout(en), {warnings} waarschuwing(en).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="425" />
      <source>Required fields still empty: {fields}</source>
      <translation>Nog lege verplichte velden: {fields}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="445" />
      <source>Layer '{layer}' is not in a GeoPackage: its metadata cannot be saved with it.</source>
      <translation>De laag ‘{layer}’ zit niet in een GeoPackage: de metadata kunnen er niet bij worden opgeslagen.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="709" />
      <source>The publication of layer '{layer}' was refused:</source>
      <translation>De publicatie van de laag ‘{layer}’ werd geweigerd:</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="891" />
      <source>Publication store: {folder}</source>
      <translation>Publicatieopslag: {folder}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="209" />
      <source>Validated by {who} on {when}.</source>
      <translation>Gevalideerd door {who} op {when}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="212" />
      <source>Approved by {who} on {when}.</source>
      <translation>Goedgekeurd door {who} op {when}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="441" />
      <source>The metadata could not be saved with layer '{layer}': {error}</source>
      <translation>De metadata konden niet bij de laag ‘{layer}’ worden opgeslagen: {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="715" />
      <source>Conflict: the catalogue record of layer '{layer}' changed since it was last published from this copy. Nothing was written.</source>
      <translation>Conflict: het catalogusrecord van de laag ‘{layer}’ is gewijzigd sinds de laatste publicatie vanuit deze kopie. Er werd niets weggeschreven.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="721" />
      <source>The publication of layer '{layer}' was cancelled; the store and the catalogue are unchanged.</source>
      <translation>De publicatie van de laag ‘{layer}’ werd geannuleerd; de opslag en de catalogus zijn ongewijzigd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="725" />
      <source>The publication of layer '{layer}' failed at the step '{step}': {reason}</source>
      <translation>De publicatie van de laag ‘{layer}’ is mislukt bij de stap ‘{step}’: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="729" />
      <source>The publication of layer '{layer}' failed: {error}</source>
      <translation>De publicatie van de laag ‘{layer}’ is mislukt: {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="730" />
      <source>unknown error</source>
      <translation>onbekende fout</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="55" />
      <source>Topology rules of a layer</source>
      <translation>Topologieregels van een laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="66" />
      <source>Default: the shipped rule set matching the layer's name</source>
      <translation>Standaard: de meegeleverde regelset die overeenkomt met de naam van de laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="67" />
      <source>No topology rules</source>
      <translation>Geen topologieregels</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="76" />
      <source>A rule file of my own (JSON)…</source>
      <translation>Een eigen regelbestand (JSON)…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="78" />
      <source>Topology rules (*.json)</source>
      <translation>Topologieregels (*.json)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="79" />
      <source>Choose a rule file</source>
      <translation>Regelbestand kiezen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="86" />
      <source>Now</source>
      <translation>Momenteel</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="87" />
      <source>Rule set</source>
      <translation>Regelset</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="88" />
      <source>Rule file</source>
      <translation>Regelbestand</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="89" />
      <source>Rules</source>
      <translation>Regels</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="91" />
      <source>The choice is saved in the project: save the project to keep it.</source>
      <translation>De keuze wordt in het project bewaard: sla het project op om ze te behouden.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="161" />
      <source>No rules: saves of this layer are not checked.</source>
      <translation>Geen regels: het opslaan van deze laag wordt niet gecontroleerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="142" />
      <source>choose a rule file</source>
      <translation>kies een regelbestand</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="74" />
      <source>Shipped: {id} ({layer})</source>
      <translation>Meegeleverd: {id} ({layer})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="75" />
      <source>Warning</source>
      <translation>Waarschuwing</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="75" />
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="238" />
      <source>Topology errors</source>
      <translation>Topologiefouten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="253" />
      <source>No validation yet: use Re-validate or save an edited layer.</source>
      <translation>Nog geen validatie: gebruik ‘Opnieuw valideren’ of sla een bewerkte laag op.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="260" />
      <source>All findings</source>
      <translation>Alle bevindingen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="261" />
      <source>Errors only</source>
      <translation>Alleen fouten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="262" />
      <source>Warnings only</source>
      <translation>Alleen waarschuwingen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="283" />
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="291" />
      <source>Select features</source>
      <translation>Objecten selecteren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="292" />
      <source>Select the features of the chosen findings in their layer.</source>
      <translation>De objecten van de gekozen bevindingen in hun laag selecteren.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="294" />
      <source>Re-validate</source>
      <translation>Opnieuw valideren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="295" />
      <source>Check the whole layer again with its topology rules.</source>
      <translation>De hele laag opnieuw controleren met haar topologieregels.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="297" />
      <source>Export…</source>
      <translation>Exporteren…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="298" />
      <source>Write the findings shown to a GeoPackage layer.</source>
      <translation>De getoonde bevindingen naar een GeoPackage-laag schrijven.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="573" />
      <source>Export topology errors</source>
      <translation>Topologiefouten exporteren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="574" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="258" />
      <source>Show</source>
      <translation>Tonen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Severity</source>
      <translation>Ernst</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Feature(s)</source>
      <translation>Object(en)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="367" />
      <source>{layer}: {errors} error(s), {warnings} warning(s).</source>
      <translation>{layer}: {errors} fout(en), {warnings} waarschuwing(en).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="463" />
      <source>Choose one or more findings in the list first.</source>
      <translation>Kies eerst een of meer bevindingen in de lijst.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="466" />
      <source>The layer of these findings is no longer in the project.</source>
      <translation>De laag van deze bevindingen staat niet meer in het project.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="500" />
      <source>A topology validation is already running.</source>
      <translation>Er loopt al een topologievalidatie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="563" />
      <source>The topology validation was cancelled.</source>
      <translation>De topologievalidatie werd geannuleerd.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="616" />
      <source>Could not write the topology errors to {path}: {reason}</source>
      <translation>De topologiefouten konden niet naar {path} worden geschreven: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="197" />
      <source>Topology validation of {layer}</source>
      <translation>Topologievalidatie van {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="360" />
      <source>{layer}: save refused, {errors} error(s) and {warnings} warning(s) in the edited features.</source>
      <translation>{layer}: opslaan geweigerd, {errors} fout(en) en {warnings} waarschuwing(en) in de bewerkte objecten.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="363" />
      <source>{layer}: validation cancelled; {errors} error(s) and {warnings} warning(s) found so far.</source>
      <translation>{layer}: validatie geannuleerd; tot dusver {errors} fout(en) en {warnings} waarschuwing(en) gevonden.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="366" />
      <source>{layer}: no topology error.</source>
      <translation>{layer}: geen topologiefouten.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="470" />
      <source>{count} feature(s) selected in {layer}.</source>
      <translation>{count} object(en) geselecteerd in {layer}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="509" />
      <source>No topology rules for {layer}: attach a rule set with Paradigm › Topology rules of a layer….</source>
      <translation>Geen topologieregels voor {layer}: koppel een regelset via Paradigm › Topologieregels van een laag….</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="536" />
      <source>Validating {layer}…</source>
      <translation>{layer} wordt gevalideerd…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="611" />
      <source>{count} finding(s) written to {path}.</source>
      <translation>{count} bevinding(en) weggeschreven naar {path}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="422" />
      <source>This finding has no location on the map: {message}</source>
      <translation>Deze bevinding heeft geen locatie op de kaart: {message}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="557" />
      <source>The topology validation of {layer} failed: {error}</source>
      <translation>De topologievalidatie van {layer} is mislukt: {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="439" />
      <source>Could not show this finding in the map's CRS: {error}</source>
      <translation>Deze bevinding kan niet in het CRS van de kaart worden getoond: {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="79" />
      <source>New Brussels map</source>
      <translation>Nieuwe kaart van Brussel</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="80" />
      <source>Bilingual house labels…</source>
      <translation>Tweetalige labels volgens de huisstijl…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="81" />
      <source>Check the house style of the current layer</source>
      <translation>Huisstijl van de actieve laag controleren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="82" />
      <source>Restore the house style of the current layer</source>
      <translation>Huisstijl van de actieve laag herstellen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="83" />
      <source>Restore the house style of all layers</source>
      <translation>Huisstijl van alle lagen herstellen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="87" />
      <source>Validate current layer</source>
      <translation>Actieve laag valideren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="88" />
      <source>Topology rules of a layer…</source>
      <translation>Topologieregels van een laag…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="100" />
      <source>Options…</source>
      <translation>Opties…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="176" />
      <source>House style restored on {count} layer(s).</source>
      <translation>Huisstijl hersteld voor {count} laag/lagen.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="40" />
      <source>Check house style conformity</source>
      <translation>Conformiteit met de huisstijl controleren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="43" />
      <source>House style</source>
      <translation>Huisstijl</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="49" />
      <source>Tells whether a layer carries the Brussels house style and lists what drifted (colours, symbols, label mode, label text, scale ranges), each with the expected and the found value. The report can be written to an HTML or a text file.</source>
      <translation>Geeft aan of een laag de Brusselse huisstijl toepast en somt de afwijkingen op (kleuren, symbolen, labelmodus, labeltekst, schaalbereiken), telkens met de verwachte en de gevonden waarde. Het rapport kan naar een HTML- of tekstbestand worden geschreven.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="60" />
      <source>Report file</source>
      <translation>Rapportbestand</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="61" />
      <source>HTML files (*.html);;Text files (*.txt)</source>
      <translation>HTML-bestanden (*.html);;Tekstbestanden (*.txt)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="66" />
      <source>Conformant</source>
      <translation>Conform</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="67" />
      <source>Number of drifts</source>
      <translation>Aantal afwijkingen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="68" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="75" />
      <source>The layer to check could not be opened.</source>
      <translation>De te controleren laag kon niet worden geopend.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="100" />
      <source>Export a bilingual map</source>
      <translation>Tweetalige kaart exporteren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="103" />
      <source>Cartography</source>
      <translation>Cartografie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="109" />
      <source>Exports the project's visible layers as a bilingual map (titles in French and Dutch, legend, scale bar, north arrow, Belgian Lambert 72 note, date and the UrbIS attribution) to a PDF or a PNG file, chosen by the file extension. Without an extent, the map shows the Brussels-Capital Region. The label mode applies to the export only: the layers get their own mode back afterwards.</source>
      <translation>Exporteert de zichtbare lagen van het project als tweetalige kaart (titels in het Frans en het Nederlands, legende, schaalbalk, noordpijl, vermelding Belgische Lambert 72, datum en UrbIS-bronvermelding) naar een PDF- of PNG-bestand, naargelang van de bestandsextensie. Zonder bereik toont de kaart het Brussels Hoofdstedelijk Gewest. De labelmodus geldt alleen voor de export: daarna krijgen de lagen hun eigen modus terug.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="138" />
      <source>Resolution (dpi)</source>
      <translation>Resolutie (dpi)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="125" />
      <source>Map extent</source>
      <translation>Kaartbereik</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="128" />
      <source>Layout template</source>
      <translation>Lay-outsjabloon</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="135" />
      <source>Title in French</source>
      <translation>Titel in het Frans</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="136" />
      <source>Title in Dutch</source>
      <translation>Titel in het Nederlands</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="144" />
      <source>Map file (PDF or PNG)</source>
      <translation>Kaartbestand (PDF of PNG)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="154" />
      <source>The project has no layers: load the reference layers or open a project first (with qgis_process: --PROJECT_PATH=project.qgz).</source>
      <translation>Het project bevat geen lagen: laad eerst de referentielagen of open een project (met qgis_process: --PROJECT_PATH=project.qgz).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="144" />
      <source>PDF files (*.pdf);;PNG images (*.png)</source>
      <translation>PDF-bestanden (*.pdf);;PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="177" />
      <source>Template {template}, label mode {mode}, output {path}</source>
      <translation>Sjabloon {template}, labelmodus {mode}, uitvoer {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="161" />
      <source>The map file must end in .pdf or .png: {path}</source>
      <translation>Het kaartbestand moet eindigen op .pdf of .png: {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/provider.py" line="40" />
      <source>Paradigm Carto (Brussels UrbIS)</source>
      <translation>Paradigm Carto (UrbIS Brussel)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="82" />
      <source>Publish layer to catalogue</source>
      <translation>Laag publiceren in de catalogus</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="91" />
      <source>Publishes an approved layer: checks that it is approved on unchanged data, carries the house style and has complete metadata; writes the data package (GeoPackage with the house style, SLD, ISO 19139 XML) into the publication store, then inserts or updates the catalogue record (CSW-T) and reads it back. Any failure leaves the store and the catalogue as they were. Credentials come only from a QGIS authentication configuration.</source>
      <translation>Publiceert een goedgekeurde laag: controleert of ze op ongewijzigde gegevens is goedgekeurd, de huisstijl toepast en volledige metadata heeft; schrijft het datapakket (GeoPackage met de huisstijl, SLD, ISO 19139-XML) naar de publicatieopslag, voegt daarna het catalogusrecord (CSW-T) in of werkt het bij en leest het terug. Bij een fout blijven de opslag en de catalogus zoals ze waren. De aanmeldingsgegevens komen uitsluitend uit een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="101" />
      <source>Layer to publish</source>
      <translation>Te publiceren laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="106" />
      <source>Metadata file (JSON; default: the metadata stored with the layer)</source>
      <translation>Metadatabestand (JSON; standaard: de metadata die bij de laag zijn opgeslagen)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="111" />
      <source>Catalogue (CSW URL)</source>
      <translation>Catalogus (CSW-URL)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="113" />
      <source>Authentication configuration</source>
      <translation>Authenticatieconfiguratie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="120" />
      <source>Public base URL of the store (default: file:// links)</source>
      <translation>Openbare basis-URL van de opslag (standaard: file://-links)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="123" />
      <source>Record identifier</source>
      <translation>Identificatie van het record</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="124" />
      <source>Data package</source>
      <translation>Datapakket</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="131" />
      <source>The layer to publish could not be opened.</source>
      <translation>De te publiceren laag kon niet worden geopend.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="135" />
      <source>The catalogue URL must start with http:// or https://.</source>
      <translation>De URL van de catalogus moet beginnen met http:// of https://.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="139" />
      <source>Choose the publication store folder.</source>
      <translation>Kies de map van de publicatieopslag.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="56" />
      <source>No metadata is stored with layer '{layer}': fill in its metadata or give a metadata file.</source>
      <translation>Bij de laag ‘{layer}’ zijn geen metadata opgeslagen: vul de metadata in of geef een metadatabestand op.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="153" />
      <source>Published '{layer}' as record '{identifier}' ({action}), package {package}.</source>
      <translation>Laag ‘{layer}’ gepubliceerd als record ‘{identifier}’ ({action}), datapakket {package}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="51" />
      <source>The metadata file '{path}' cannot be read: {reason}</source>
      <translation>Het metadatabestand ‘{path}’ kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="147" />
      <source>Layer '{layer}' cannot be published:</source>
      <translation>De laag ‘{layer}’ kan niet worden gepubliceerd:</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="144" />
      <source>Validate layer topology</source>
      <translation>Topologie van een laag valideren</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="147" />
      <source>Quality</source>
      <translation>Kwaliteit</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="153" />
      <source>Checks a layer against topology and attribute rules: validity, overlaps, gaps, containment in other layers, dangles, NIS codes, bilingual names. Without a rule file, the rule set shipped for the layer (by its UrbIS name or catalogue id) is used. The other layers a rule needs are taken from the project by name, else from the same GeoPackage as the input. One output point per finding (rule, severity, features, message); errors block a save, warnings inform.</source>
      <translation>Controleert een laag aan de hand van topologie- en attribuutregels: geldigheid, overlappingen, gaten, ligging binnen andere lagen, losse eindknopen, NIS-codes, tweetalige namen. Zonder regelbestand wordt de regelset gebruikt die voor de laag wordt meegeleverd (op basis van haar UrbIS-naam of catalogus-id). De andere lagen die een regel nodig heeft, worden op naam in het project gezocht, anders in dezelfde GeoPackage als de invoer. Eén uitvoerpunt per bevinding (regel, ernst, objecten, bericht); fouten blokkeren het opslaan, waarschuwingen zijn informatief.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="164" />
      <source>Layer to validate</source>
      <translation>Te valideren laag</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="170" />
      <source>Rule file (default: the rules of the layer)</source>
      <translation>Regelbestand (standaard: de regels van de laag)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="181" />
      <source>Topology error areas</source>
      <translation>Gebieden met topologiefouten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="187" />
      <source>Number of errors</source>
      <translation>Aantal fouten</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="188" />
      <source>Number of warnings</source>
      <translation>Aantal waarschuwingen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="195" />
      <source>The layer to validate could not be opened.</source>
      <translation>De te valideren laag kon niet worden geopend.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="232" />
      <source>Validation cancelled: the results are incomplete.</source>
      <translation>Validatie geannuleerd: de resultaten zijn onvolledig.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="206" />
      <source>Rule set '{rules}': {count} rules.</source>
      <translation>Regelset ‘{rules}’: {count} regels.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="257" />
      <source>{errors} errors, {warnings} warnings on {count} features.</source>
      <translation>{errors} fouten, {warnings} waarschuwingen voor {count} objecten.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="203" />
      <source>No rule set is bound to the layer '{layer}': choose a rule file.</source>
      <translation>Aan de laag ‘{layer}’ is geen regelset gekoppeld: kies een regelbestand.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="212" />
      <source>The layer '{layer}' needed by the rule '{rule}' was found neither in the project nor in the input's GeoPackage.</source>
      <translation>De laag ‘{layer}’ die de regel ‘{rule}’ nodig heeft, werd niet gevonden in het project en evenmin in de GeoPackage van de invoer.</translation>
    </message>
  </context>
</TS>
