<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
  <context>
    <name>paradigm_carto</name>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="204" />
      <source>the top level must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a non-empty text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>true or false</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="273" />
      <source>a service must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="293" />
      <source>a group must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="300" />
      <source>a source must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="332" />
      <source>expected the layer's name on the service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="335" />
      <source>expected true or false</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="337" />
      <source>expected a text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="349" />
      <source>a layer must be an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="361" />
      <source>at least one source is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="242" />
      <source>this field is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="267" />
      <source>expected a non-empty text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="254" />
      <source>expected {kind}, got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="279" />
      <source>unknown source type '{value}' (expected one of {allowed})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="315" />
      <source>unknown service '{value}' (expected one of {allowed})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="323" />
      <source>service '{service}' is of type '{service_type}', not '{value}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="356" />
      <source>unknown group '{value}' (expected one of {allowed})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="367" />
      <source>expected one of {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="33" />
      <source>Reference-layer catalogue, entry '{entry}', field '{field}': {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="229" />
      <source>the id is used twice in '{list}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="247" />
      <source>expected a number of zero or more, got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="187" />
      <source>the file does not exist: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="194" />
      <source>not valid JSON at line {line}, column {column}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="114" />
      <source>the offline sample file is missing: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="117" />
      <source>the layer '{layer}' is not in the offline sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="209" />
      <source>the service answered the search in '{layer}' with something that is not GeoJSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="69" />
      <source>UrbIS reference layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="132" />
      <source>Realized by means of Brussels UrbIS® © — Distribution: Paradigm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="44" />
      <source>Could not load the layer '{layer}': {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="92" />
      <source>no source for this layer in the offline sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="94" />
      <source>no online source for this layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="29" />
      <source>HTTP status {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="30" />
      <source>the service at {host} did not answer: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="115" />
      <source>the service did not answer or does not offer the layer '{layer}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="50" />
      <source>the service address is not a valid http(s) URL: '{url}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/core/tasks.py" line="24" />
      <source>Loading UrbIS reference layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/browser.py" line="64" />
      <source>Brussels reference layers (UrbIS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="21" />
      <source>Paradigm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="36" />
      <source>These reference layers are already in the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="31" />
      <source>{count} reference layer(s) added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="39" />
      <source>Brussels streets and municipalities (UrbIS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="62" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Municipalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="62" />
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="53" />
      <source>Street search failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="46" />
      <source>Reference layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="49" />
      <source>Online (Region's services)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="50" />
      <source>Offline (bundled sample)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="52" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="54" />
      <source>WFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="55" />
      <source>OGC API Features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="57" />
      <source>Protocol for vector layers online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="60" />
      <source>Service addresses (empty: the Region's default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="67" />
      <source>Overridden by the environment variable {name} when it is set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="48" />
      <source>Filter (French or Dutch name)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="60" />
      <source>Add selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="62" />
      <source>Add the standard set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="99" />
      <source>Not available offline: switch to online mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="48" />
      <source>Options…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
