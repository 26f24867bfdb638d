<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
  <context>
    <name>paradigm_carto</name>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="204" />
      <source>the top level must be an object</source>
      <translation>le niveau supérieur doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a non-empty text</source>
      <translation>un texte non vide</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>true or false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="235" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="273" />
      <source>a service must be an object</source>
      <translation>un service doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="293" />
      <source>a group must be an object</source>
      <translation>un groupe doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="300" />
      <source>a source must be an object</source>
      <translation>une source doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="332" />
      <source>expected the layer's name on the service</source>
      <translation>attendu : le nom de la couche sur le service</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="335" />
      <source>expected true or false</source>
      <translation>attendu : true ou false</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="337" />
      <source>expected a text</source>
      <translation>attendu : un texte</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="349" />
      <source>a layer must be an object</source>
      <translation>une couche doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="361" />
      <source>at least one source is required</source>
      <translation>au moins une source est requise</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="242" />
      <source>this field is required</source>
      <translation>ce champ est obligatoire</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="267" />
      <source>expected a non-empty text</source>
      <translation>attendu : un texte non vide</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="254" />
      <source>expected {kind}, got {value!r}</source>
      <translation>attendu : {kind}, reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="279" />
      <source>unknown source type '{value}' (expected one of {allowed})</source>
      <translation>type de source inconnu « {value} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="315" />
      <source>unknown service '{value}' (expected one of {allowed})</source>
      <translation>service inconnu « {value} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="323" />
      <source>service '{service}' is of type '{service_type}', not '{value}'</source>
      <translation>le service « {service} » est de type « {service_type} » et non « {value} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="356" />
      <source>unknown group '{value}' (expected one of {allowed})</source>
      <translation>groupe inconnu « {value} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="367" />
      <source>expected one of {allowed}</source>
      <translation>attendu : une des valeurs {allowed}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="33" />
      <source>Reference-layer catalogue, entry '{entry}', field '{field}': {reason}</source>
      <translation>Catalogue des couches de référence, entrée « {entry} », champ « {field} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="229" />
      <source>the id is used twice in '{list}'</source>
      <translation>l'identifiant est utilisé deux fois dans « {list} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="247" />
      <source>expected a number of zero or more, got {value!r}</source>
      <translation>attendu : un nombre supérieur ou égal à zéro, reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="187" />
      <source>the file does not exist: {path}</source>
      <translation>le fichier n'existe pas : {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue.py" line="194" />
      <source>not valid JSON at line {line}, column {column}: {message}</source>
      <translation>JSON non valide à la ligne {line}, colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="125" />
      <source>the offline sample file is missing: {path}</source>
      <translation>le fichier de l'échantillon hors ligne est introuvable : {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="128" />
      <source>the layer '{layer}' is not in the offline sample</source>
      <translation>la couche « {layer} » ne figure pas dans l'échantillon hors ligne</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/gazetteer.py" line="225" />
      <source>the service answered the search in '{layer}' with something that is not GeoJSON</source>
      <translation>la réponse du service à la recherche dans « {layer} » n'est pas du GeoJSON</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="69" />
      <source>UrbIS reference layers</source>
      <translation>Couches de référence UrbIS</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="132" />
      <source>Realized by means of Brussels UrbIS® © — Distribution: Paradigm</source>
      <translation>Réalisé au moyen de Brussels UrbIS® © — Distribution : Paradigm</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="44" />
      <source>Could not load the layer '{layer}': {reason}</source>
      <translation>Impossible de charger la couche « {layer} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="92" />
      <source>no source for this layer in the offline sample</source>
      <translation>aucune source pour cette couche dans l'échantillon hors ligne</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="94" />
      <source>no online source for this layer</source>
      <translation>aucune source en ligne pour cette couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="29" />
      <source>HTTP status {status}</source>
      <translation>statut HTTP {status}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/network.py" line="30" />
      <source>the request to {host} failed: {reason}</source>
      <translation>la requête vers {host} a échoué : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="115" />
      <source>the service did not answer or does not offer the layer '{layer}'</source>
      <translation>le service n'a pas répondu ou ne propose pas la couche « {layer} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/sources.py" line="50" />
      <source>the service address is not a valid http(s) URL: '{url}'</source>
      <translation>l'adresse du service n'est pas une URL http(s) valide : « {url} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/tasks.py" line="24" />
      <source>Loading UrbIS reference layers</source>
      <translation>Chargement des couches de référence UrbIS</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/browser.py" line="67" />
      <source>Brussels reference layers (UrbIS)</source>
      <translation>Couches de référence bruxelloises (UrbIS)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="21" />
      <source>Paradigm</source>
      <translation>Paradigm</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="36" />
      <source>These reference layers are already in the project.</source>
      <translation>Ces couches de référence figurent déjà dans le projet.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/feedback.py" line="31" />
      <source>Reference layers added: {count}.</source>
      <translation>Couches de référence ajoutées : {count}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="41" />
      <source>Brussels streets and municipalities (UrbIS)</source>
      <translation>Rues et communes bruxelloises (UrbIS)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Municipality</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="66" />
      <source>Municipalities</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="66" />
      <source>Streets</source>
      <translation>Rues</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="64" />
      <source>Street</source>
      <translation>Rue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/locator.py" line="55" />
      <source>Search failed: {reason}</source>
      <translation>La recherche a échoué : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="49" />
      <source>Reference layers</source>
      <translation>Couches de référence</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="52" />
      <source>Online (Region's services)</source>
      <translation>En ligne (services de la Région)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="53" />
      <source>Offline (bundled sample)</source>
      <translation>Hors ligne (échantillon intégré)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="55" />
      <source>Source</source>
      <translation>Source</translation>
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
      <translation>Protocole des couches vectorielles en ligne</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="63" />
      <source>Service addresses (empty: the Region's default)</source>
      <translation>Adresses des services (vide : adresse par défaut de la Région)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="70" />
      <source>Overridden by the environment variable {name} when it is set.</source>
      <translation>Remplacée par la variable d'environnement {name} lorsque celle-ci est définie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="48" />
      <source>Filter by name (French, Dutch or English)…</source>
      <translation>Filtrer par nom (français, néerlandais ou anglais)…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="60" />
      <source>Add selected</source>
      <translation>Ajouter la sélection</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="62" />
      <source>Add the standard set</source>
      <translation>Ajouter les couches standard</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/panel.py" line="99" />
      <source>No source for this layer in the current mode.</source>
      <translation>Aucune source pour cette couche dans le mode actuel.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="58" />
      <source>Options…</source>
      <translation>Options…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/provider.py" line="28" />
      <source>Paradigm Carto (Brussels UrbIS)</source>
      <translation>Paradigm Carto (UrbIS Bruxelles)</translation>
    </message>
  </context>
</TS>
