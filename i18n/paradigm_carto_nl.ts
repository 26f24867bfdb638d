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
      <location filename="../paradigm_carto/gui/browser.py" line="67" />
      <source>Brussels reference layers (UrbIS)</source>
      <translation>Brusselse referentielagen (UrbIS)</translation>
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
      <location filename="../paradigm_carto/gui/options.py" line="49" />
      <source>Reference layers</source>
      <translation>Referentielagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="52" />
      <source>Online (Region's services)</source>
      <translation>Online (diensten van het Gewest)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="53" />
      <source>Offline (bundled sample)</source>
      <translation>Offline (meegeleverde voorbeeldgegevens)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="55" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="57" />
      <source>WFS</source>
      <translation>WFS</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="58" />
      <source>OGC API Features</source>
      <translation>OGC API Features</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="60" />
      <source>Protocol for vector layers online</source>
      <translation>Protocol voor online vectorlagen</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="63" />
      <source>Service addresses (empty: the Region's default)</source>
      <translation>Adressen van de diensten (leeg: standaardadres van het Gewest)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="70" />
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
      <location filename="../paradigm_carto/plugin.py" line="58" />
      <source>Options…</source>
      <translation>Opties…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/provider.py" line="28" />
      <source>Paradigm Carto (Brussels UrbIS)</source>
      <translation>Paradigm Carto (UrbIS Brussel)</translation>
    </message>
  </context>
</TS>
