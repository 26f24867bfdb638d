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
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="79" />
      <source>the record's identifier is '{found}', expected '{expected}'</source>
      <translation>l'identifiant de la fiche est « {found} », « {expected} » était attendu</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="83" />
      <source>the record's translations point at undeclared locales: {detail}</source>
      <translation>les traductions de la fiche renvoient à des langues non déclarées : {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="17" />
      <source>Catalogue {target}: {reason}</source>
      <translation>Catalogue {target} : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/base.py" line="76" />
      <source>the record to publish is not ISO 19139 XML ({detail})</source>
      <translation>la fiche à publier n'est pas du XML ISO 19139 ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="255" />
      <source>the record cannot be read back after publishing</source>
      <translation>la fiche ne peut pas être relue après sa publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="278" />
      <source>the record is still there after it was withdrawn</source>
      <translation>la fiche est toujours présente après son retrait</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="85" />
      <source>the authentication configuration '{authcfg}' cannot be read</source>
      <translation>la configuration d'authentification « {authcfg} » est illisible</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="88" />
      <source>the authentication configuration '{authcfg}' is not a Basic one (user name and password)</source>
      <translation>la configuration d'authentification « {authcfg} » n'est pas de type Basic (nom d'utilisateur et mot de passe)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="246" />
      <source>the catalogue reported {count} records inserted, expected 1</source>
      <translation>le catalogue signale {count} fiches insérées au lieu d'une</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="248" />
      <source>the catalogue reported {count} records updated, expected 1</source>
      <translation>le catalogue signale {count} fiches mises à jour au lieu d'une</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="263" />
      <source>the record read back differs from the one sent: {detail}</source>
      <translation>la fiche relue diffère de celle envoyée : {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="161" />
      <source>HTTP status {status}: {body}</source>
      <translation>statut HTTP {status} : {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="163" />
      <source>no answer within {seconds} s</source>
      <translation>pas de réponse dans les {seconds} s</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="171" />
      <source>the request failed ({detail})</source>
      <translation>la requête a échoué ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="173" />
      <source>the catalogue reported an error: {code}: {text}</source>
      <translation>le catalogue a signalé une erreur : {code} : {text}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="179" />
      <source>the answer is not valid XML ({detail})</source>
      <translation>la réponse n'est pas du XML valide ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="182" />
      <source>the answer is not a CSW response ({detail})</source>
      <translation>la réponse n'est pas une réponse CSW ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="167" />
      <source>the connection was reset ({detail})</source>
      <translation>la connexion a été interrompue ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/csw.py" line="169" />
      <source>the catalogue cannot be reached ({detail})</source>
      <translation>le catalogue est injoignable ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="359" />
      <source>the catalogue reported {count} records processed, expected 1</source>
      <translation>le catalogue signale {count} fiches traitées au lieu d'une</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="345" />
      <source>the answer is not a GeoNetwork import report</source>
      <translation>la réponse n'est pas un rapport d'importation GeoNetwork</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="369" />
      <source>the catalogue did not report the record '{identifier}' as imported</source>
      <translation>le catalogue n'a pas signalé la fiche « {identifier} » comme importée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="233" />
      <source>the catalogue refused the user name or password (HTTP 401): {body}</source>
      <translation>le catalogue a refusé le nom d'utilisateur ou le mot de passe (HTTP 401) : {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="248" />
      <source>the catalogue sent no XSRF-TOKEN cookie (is {url} a GeoNetwork 4 address?)</source>
      <translation>le catalogue n'a envoyé aucun cookie XSRF-TOKEN ({url} est-elle bien une adresse GeoNetwork 4 ?)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="220" />
      <source>the TLS certificate cannot be verified ({detail})</source>
      <translation>le certificat TLS ne peut pas être vérifié ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="261" />
      <source>the catalogue refused the change (HTTP 403): {body}</source>
      <translation>le catalogue a refusé la modification (HTTP 403) : {body}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="283" />
      <source>the answer is not an ISO 19139 record ({detail})</source>
      <translation>la réponse n'est pas une fiche ISO 19139 ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="290" />
      <source>the answer is not valid JSON ({detail})</source>
      <translation>la réponse n'est pas du JSON valide ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/catalogue_clients/geonetwork.py" line="419" />
      <source>the answer is not a search response ({detail})</source>
      <translation>la réponse n'est pas une réponse de recherche ({detail})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="211" />
      <source>the layer is not a valid vector layer</source>
      <translation>la couche n'est pas une couche vectorielle valide</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="214" />
      <source>the layer is edited in a database transaction (edits are written as they are made)</source>
      <translation>la couche est modifiée dans une transaction de base de données (les modifications sont écrites au fur et à mesure)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="219" />
      <source>the project uses transaction groups, which save without the per-layer check</source>
      <translation>le projet utilise des groupes de transactions, qui enregistrent sans le contrôle par couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="221" />
      <source>the data source cannot add features</source>
      <translation>la source de données ne permet pas d'ajouter des entités</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="154" />
      <source>… and {count} more.</source>
      <translation>… et {count} autre(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="185" />
      <source>The validation was cancelled before the end.</source>
      <translation>La validation a été annulée avant la fin.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="223" />
      <source>the data source accepts every geometry type ({type}), so it cannot be made to refuse</source>
      <translation>la source de données accepte tous les types de géométrie ({type}) : il est donc impossible de lui faire refuser un enregistrement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="455" />
      <source>The layer is not in editing mode.</source>
      <translation>La couche n'est pas en mode édition.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="498" />
      <source>{feature} overlaps {other} by {area} m².</source>
      <translation>{feature} chevauche {other} sur {area} m².</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="499" />
      <source>{feature} slightly overlaps {other} ({area} m²).</source>
      <translation>{feature} chevauche légèrement {other} ({area} m²).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="272" />
      <source>Saves of {layer} cannot be checked: {reason}.</source>
      <translation>Les enregistrements de {layer} ne peuvent pas être contrôlés : {reason}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/commit_gate.py" line="189" />
      <source>The validation itself failed: {error}</source>
      <translation>La validation elle-même a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="121" />
      <source>at all scales</source>
      <translation>à toutes les échelles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="126" />
      <source>between 1:{zoomed_out} and 1:{zoomed_in}</source>
      <translation>entre 1:{zoomed_out} et 1:{zoomed_in}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="396" />
      <source>Layer '{layer}' does not carry the house style.</source>
      <translation>La couche « {layer} » n'applique pas la charte graphique.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="89" />
      <source>Layer '{layer}' differs from the house style in {count} point(s).</source>
      <translation>La couche « {layer} » s'écarte de la charte graphique sur {count} point(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="123" />
      <source>at 1:{scale} and larger scales</source>
      <translation>à 1:{scale} et aux échelles plus grandes</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="125" />
      <source>at scales smaller than 1:{scale}</source>
      <translation>aux échelles plus petites que 1:{scale}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="165" />
      <source>Layer '{layer}': the renderer is '{found}', the house style has '{expected}'.</source>
      <translation>Couche « {layer} » : le moteur de rendu est « {found} », la charte graphique prévoit « {expected} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="173" />
      <source>Layer '{layer}': symbol levels are {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : niveaux de symboles activés : {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="180" />
      <source>the symbol</source>
      <translation>le rendu par symbole unique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="186" />
      <source>Layer '{layer}': {found} symbol rules, the house style has {expected}.</source>
      <translation>Couche « {layer} » : {found} règles de symbole, la charte graphique en prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="215" />
      <source>Layer '{layer}': {part} has no symbol.</source>
      <translation>Couche « {layer} » : {part} n'a pas de symbole.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="223" />
      <source>Layer '{layer}': the symbol of {part} is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : pour {part}, le symbole est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="272" />
      <source>Layer '{layer}': labels are off or not by the rules of the house style, which has {expected}.</source>
      <translation>Couche « {layer} » : les étiquettes sont désactivées ou ne suivent pas les règles du style maison, qui prévoit : {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="287" />
      <source>Layer '{layer}': the label placement is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : le placement des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="296" />
      <source>Layer '{layer}': the label priority is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : la priorité des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="305" />
      <source>Layer '{layer}': labels show {found}, the house style shows them {expected}.</source>
      <translation>Couche « {layer} » : les étiquettes s'affichent {found}, la charte graphique les affiche {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="321" />
      <source>Layer '{layer}': labels are in the mode '{found}', the house style has '{expected}'.</source>
      <translation>Couche « {layer} » : les étiquettes sont en mode « {found} », la charte graphique prévoit « {expected} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="328" />
      <source>Layer '{layer}': the label text is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : le texte des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="337" />
      <source>Layer '{layer}': the label colour is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : la couleur des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="345" />
      <source>Layer '{layer}': the label halo is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : le halo des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="354" />
      <source>Layer '{layer}': the label font is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : la police des étiquettes est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="373" />
      <source>Layer '{layer}': the layer shows {found}, the house style shows it {expected}.</source>
      <translation>Couche « {layer} » : la couche s'affiche {found}, la charte graphique l'affiche {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="88" />
      <source>Layer '{layer}' carries the house style.</source>
      <translation>La couche « {layer} » applique la charte graphique.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="102" />
      <source>House style conformity</source>
      <translation>Conformité à la charte graphique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="192" />
      <source>the rule '{rule}'</source>
      <translation>la règle « {rule} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="196" />
      <source>Layer '{layer}': the filter of {part} is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : le filtre de {part} est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="206" />
      <source>Layer '{layer}': {part} is drawn {found}, the house style draws it {expected}.</source>
      <translation>Couche « {layer} » : {part} est dessinée {found}, la charte graphique la dessine {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="259" />
      <source>Layer '{layer}': labels are on, the house style has none for this layer.</source>
      <translation>Couche « {layer} » : les étiquettes sont activées, la charte graphique n'en prévoit pas pour cette couche.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="264" />
      <source>Layer '{layer}': labels are off or not simple labels, the house style labels it.</source>
      <translation>Couche « {layer} » : les étiquettes sont désactivées ou ne sont pas des étiquettes simples, alors que la charte graphique prévoit un étiquetage.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="237" />
      <source>Layer '{layer}': the colour of {part} is {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : pour {part}, la couleur est {found}, la charte graphique prévoit {expected}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/conformity.py" line="245" />
      <source>Layer '{layer}': {part} has {what} {found}, the house style has {expected}.</source>
      <translation>Couche « {layer} » : pour {part}, {what} vaut {found}, la charte graphique prévoit {expected}.</translation>
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
      <location filename="../paradigm_carto/core/labels.py" line="44" />
      <source>French - Dutch</source>
      <translation>Français - néerlandais</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="45" />
      <source>Dutch - French</source>
      <translation>Néerlandais - français</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="46" />
      <source>French above Dutch (two lines)</source>
      <translation>Français au-dessus du néerlandais (deux lignes)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="47" />
      <source>French only</source>
      <translation>Français uniquement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/labels.py" line="48" />
      <source>Dutch only</source>
      <translation>Néerlandais uniquement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="529" />
      <source>Brussels map</source>
      <translation>Carte de Bruxelles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="596" />
      <source>Cannot write the map to {path}: check that the folder exists and is writable.</source>
      <translation>Impossible d'écrire la carte dans {path} : vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="598" />
      <source>Not enough memory to export the map to {path}; try a lower resolution.</source>
      <translation>Mémoire insuffisante pour exporter la carte vers {path} ; essayez une résolution plus basse.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="600" />
      <source>The export of the map to {path} was cancelled.</source>
      <translation>L'export de la carte vers {path} a été annulé.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="121" />
      <source>Cannot read the layout templates {path}: {reason}</source>
      <translation>Impossible de lire les modèles de mise en page {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="140" />
      <source>Unknown layout template '{template}'; expected one of: {templates}</source>
      <translation>Modèle de mise en page inconnu « {template} » ; attendu : un des modèles {templates}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="540" />
      <source>Layout template '{template}' has no map</source>
      <translation>Le modèle de mise en page « {template} » ne contient pas de carte</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="585" />
      <source>Cannot export the map to {path}: the folder {folder} does not exist.</source>
      <translation>Impossible d'exporter la carte vers {path} : le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="589" />
      <source>Cannot export the map to {path}: the folder {folder} is not writable.</source>
      <translation>Impossible d'exporter la carte vers {path} : le dossier {folder} n'est pas accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="602" />
      <source>The map could not be exported to {path} (QGIS export error {code}). {detail}</source>
      <translation>La carte n'a pas pu être exportée vers {path} (erreur d'export QGIS {code}). {detail}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="679" />
      <source>Could not add the layout '{name}' to the project</source>
      <translation>Impossible d'ajouter la mise en page « {name} » au projet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/layouts.py" line="350" />
      <source>Layout template item '{item}': unknown type '{type}'</source>
      <translation>Élément « {item} » du modèle de mise en page : type inconnu « {type} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="69" />
      <source>UrbIS reference layers</source>
      <translation>Couches de référence UrbIS</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/loader.py" line="132" />
      <source>Realized by means of Brussels UrbIS® © — Distribution: Paradigm</source>
      <translation>Réalisé au moyen de Brussels UrbIS® © — Distribution : Paradigm</translation>
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
      <location filename="../paradigm_carto/core/metadata/model.py" line="102" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="103" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="104" />
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="105" />
      <source>Keywords</source>
      <translation>Mots-clés</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="106" />
      <source>Lineage</source>
      <translation>Généalogie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="107" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="108" />
      <source>Topic category</source>
      <translation>Catégorie thématique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="109" />
      <source>Update frequency</source>
      <translation>Fréquence de mise à jour</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="110" />
      <source>Contact organisation</source>
      <translation>Organisation de contact</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="111" />
      <source>Contact e-mail</source>
      <translation>Courriel de contact</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="112" />
      <source>Geographic extent</source>
      <translation>Étendue géographique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>Dutch</source>
      <translation>néerlandais</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="114" />
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/metadata/model.py" line="116" />
      <source>{field} ({language})</source>
      <translation>{field} ({language})</translation>
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
      <location filename="../paradigm_carto/core/publication/approval.py" line="508" />
      <source>The topology rules of layer '{layer}' changed since it was validated.</source>
      <translation>Les règles de topologie de la couche « {layer} » ont changé depuis sa validation.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="197" />
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="297" />
      <source>Layer '{layer}' is not in a GeoPackage: save it to a GeoPackage to validate, approve and publish it.</source>
      <translation>La couche « {layer} » n'est pas dans un GeoPackage : enregistrez-la dans un GeoPackage pour pouvoir la valider, l'approuver et la publier.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="506" />
      <source>The data of layer '{layer}' changed since it was validated.</source>
      <translation>Les données de la couche « {layer} » ont changé depuis sa validation.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="565" />
      <source>Layer '{layer}' has unsaved edits: save them before validating.</source>
      <translation>La couche « {layer} » comporte des modifications non enregistrées : enregistrez-les avant la validation.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="570" />
      <source>No topology rule set is bound to layer '{layer}'.</source>
      <translation>Aucun jeu de règles de topologie n'est associé à la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="625" />
      <source>The approval of layer '{layer}' needs the approver's name.</source>
      <translation>L'approbation de la couche « {layer} » requiert le nom de l'approbateur.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="641" />
      <source>Layer '{layer}' has no approval record.</source>
      <translation>La couche « {layer} » n'a pas de fiche d'approbation.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="98" />
      <source>the table '{table}' is not in the GeoPackage</source>
      <translation>la table « {table} » ne figure pas dans le GeoPackage</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="492" />
      <source>Layer '{layer}' has not been validated.</source>
      <translation>La couche « {layer} » n'a pas été validée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="495" />
      <source>Layer '{layer}' has unsaved edits since it was validated.</source>
      <translation>La couche « {layer} » comporte des modifications non enregistrées depuis sa validation.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="619" />
      <source>Layer '{layer}' is already approved.</source>
      <translation>La couche « {layer} » est déjà approuvée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="575" />
      <source>The layer '{other}' needed to validate layer '{layer}' was not found.</source>
      <translation>La couche « {other} », requise pour valider la couche « {layer} », est introuvable.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="581" />
      <source>The validation of layer '{layer}' was cancelled.</source>
      <translation>La validation de la couche « {layer} » a été annulée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="621" />
      <source>Layer '{layer}' must be validated before it is approved.</source>
      <translation>La couche « {layer} » doit être validée avant d'être approuvée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="514" />
      <source>The layer '{other}' used to validate layer '{layer}' changed since.</source>
      <translation>La couche « {other} », utilisée pour valider la couche « {layer} », a changé depuis.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/approval.py" line="584" />
      <source>Layer '{layer}' has {count} topology error(s).</source>
      <translation>La couche « {layer} » présente {count} erreur(s) de topologie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="60" />
      <source>checks</source>
      <translation>contrôles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="61" />
      <source>conflict check</source>
      <translation>détection des conflits</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="62" />
      <source>data package</source>
      <translation>paquet de données</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="63" />
      <source>catalogue</source>
      <translation>catalogue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="64" />
      <source>approval state</source>
      <translation>état d'approbation</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="65" />
      <source>withdrawal</source>
      <translation>retrait</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="177" />
      <source>Data package (GeoPackage with the house style)</source>
      <translation>Paquet de données (GeoPackage avec la charte graphique)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="426" />
      <source>the layer was never published</source>
      <translation>la couche n'a jamais été publiée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="35" />
      <source>Publishing layer '{layer}' failed at the step '{step}': {reason}</source>
      <translation>La publication de la couche « {layer} » a échoué à l'étape « {step} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="151" />
      <source>The metadata of layer '{layer}' is incomplete: {fields}.</source>
      <translation>Les métadonnées de la couche « {layer} » sont incomplètes : {fields}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="157" />
      <source>Layer '{layer}' was published as '{published}', the metadata has the identifier '{identifier}'.</source>
      <translation>La couche « {layer} » a été publiée sous « {published} », mais les métadonnées portent l'identifiant « {identifier} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="247" />
      <source>the catalogue record '{identifier}' was changed by someone else (revision {found}, this layer last published revision {expected}): reload it before publishing again</source>
      <translation>la fiche « {identifier} » du catalogue a été modifiée par quelqu'un d'autre (révision {found}, dernière révision publiée depuis cette couche : {expected}) : rechargez-la avant de publier à nouveau</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="252" />
      <source>the catalogue already holds a record '{identifier}' (revision {found}) that was not published from this copy of the layer</source>
      <translation>le catalogue contient déjà une fiche « {identifier} » (révision {found}) qui n'a pas été publiée à partir de cette copie de la couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="394" />
      <source>The catalogue record could not be checked or restored: {reason}</source>
      <translation>La fiche du catalogue n'a pas pu être vérifiée ni rétablie : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/publisher.py" line="144" />
      <source>Layer '{layer}' is validated but not approved.</source>
      <translation>La couche « {layer} » est validée mais pas approuvée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="123" />
      <source>The publication store '{folder}' cannot be written: {reason}</source>
      <translation>Impossible d'écrire dans le dépôt de publication « {folder} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="220" />
      <source>House style of {layer}</source>
      <translation>Charte graphique de {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="210" />
      <source>the GeoPackage could not be written</source>
      <translation>le GeoPackage n'a pas pu être écrit</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="214" />
      <source>the exported GeoPackage cannot be opened</source>
      <translation>le GeoPackage exporté ne peut pas être ouvert</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="181" />
      <source>the SLD style could not be written</source>
      <translation>le style SLD n'a pas pu être écrit</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/store.py" line="229" />
      <source>the style could not be saved in the GeoPackage</source>
      <translation>le style n'a pas pu être enregistré dans le GeoPackage</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="57" />
      <source>CSW catalogue</source>
      <translation>Catalogue CSW</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="57" />
      <source>GeoNetwork</source>
      <translation>GeoNetwork</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="68" />
      <source>A publication target has no name.</source>
      <translation>Une destination de publication n'a pas de nom.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="71" />
      <source>Publication target '{name}': unknown type '{type}' (expected csw or geonetwork).</source>
      <translation>Destination de publication « {name} » : type inconnu « {type} » (attendu : csw ou geonetwork).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="155" />
      <source>The public base URL of the publication store is not a valid http(s) URL: '{url}'.</source>
      <translation>L'URL de base publique du dépôt de publication n'est pas une URL http(s) valide : « {url} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="79" />
      <source>Publication target '{name}': the address is not a valid http(s) URL: '{url}'.</source>
      <translation>Destination de publication « {name} » : l'adresse n'est pas une URL http(s) valide : « {url} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/publication/targets.py" line="94" />
      <source>Two publication targets are named '{name}'.</source>
      <translation>Deux destinations de publication portent le nom « {name} ».</translation>
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
      <location filename="../paradigm_carto/core/topology/binding.py" line="211" />
      <source>No topology rules.</source>
      <translation>Aucune règle de topologie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="84" />
      <source>no rule set given</source>
      <translation>aucun jeu de règles indiqué</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="201" />
      <source>No topology rules (set in this project).</source>
      <translation>Aucune règle de topologie (choix défini dans ce projet).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="204" />
      <source>Rule file {path} (set in this project).</source>
      <translation>Fichier de règles {path} (défini dans ce projet).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="210" />
      <source>Shipped rule set '{id}' (by the layer's name or catalogue id).</source>
      <translation>Jeu de règles fourni « {id} » (d'après le nom de la couche ou son identifiant dans le catalogue).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="203" />
      <source>Shipped rule set '{id}' (set in this project).</source>
      <translation>Jeu de règles fourni « {id} » (défini dans ce projet).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/binding.py" line="105" />
      <source>no rule set shipped with the plugin has the id '{id}'</source>
      <translation>aucun jeu de règles fourni avec l'extension n'a l'identifiant « {id} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="214" />
      <source>invalid geometry</source>
      <translation>géométrie non valide</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="208" />
      <source>{feature} has too few vertices ({count}) in a part or ring</source>
      <translation>{feature} a trop peu de sommets ({count}) dans une partie ou un anneau</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="218" />
      <source>{feature} is not valid: {reason}</source>
      <translation>{feature} n'est pas valide : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="264" />
      <source>{feature} has an area of {area} m² (minimum {minimum} m²)</source>
      <translation>{feature} a une superficie de {area} m² (minimum {minimum} m²)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="285" />
      <source>{feature} is a sliver (thinness {value}, minimum {minimum})</source>
      <translation>{feature} est un polygone résiduel (indice de minceur {value}, minimum {minimum})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="383" />
      <source>{feature} is not inside {layers}: {area} m² outside</source>
      <translation>{feature} ne se trouve pas dans {layers} : {area} m² à l'extérieur</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="457" />
      <source>{feature} overlaps {other} by {area} m²</source>
      <translation>{feature} chevauche {other} sur {area} m²</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="466" />
      <source>{feature} duplicates {other}</source>
      <translation>{feature} est un doublon de {other}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="599" />
      <source>{feature} has a dangling end at ({x}, {y})</source>
      <translation>{feature} a une extrémité pendante en ({x}, {y})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="654" />
      <source>gap of {area} m² in {layer}, next to {features}</source>
      <translation>trou de {area} m² dans {layer}, à côté de {features}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="161" />
      <source>{feature} has no geometry</source>
      <translation>{feature} n'a pas de géométrie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="228" />
      <source>{feature} has {parts} parts where one is required</source>
      <translation>{feature} compte {parts} parties alors qu'une seule est requise</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="238" />
      <source>{feature} crosses itself</source>
      <translation>{feature} s'auto-intersecte</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="300" />
      <source>{feature} has neither a French ({fr}) nor a Dutch ({nl}) name</source>
      <translation>{feature} n'a ni nom français ({fr}) ni nom néerlandais ({nl})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="390" />
      <source>{feature} is not inside {layers}: {length} m outside</source>
      <translation>{feature} ne se trouve pas dans {layers} : {length} m à l'extérieur</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="394" />
      <source>{feature} is not inside {layers}</source>
      <translation>{feature} ne se trouve pas dans {layers}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="163" />
      <source>{feature} has an empty geometry</source>
      <translation>{feature} a une géométrie vide</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="252" />
      <source>{feature} has a segment of {length} m (minimum {minimum} m)</source>
      <translation>{feature} a un segment de {length} m (minimum {minimum} m)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="304" />
      <source>{feature} has a Dutch name but no French name ({field})</source>
      <translation>{feature} a un nom néerlandais mais pas de nom français ({field})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="336" />
      <source>{feature} has NIS code {code} but lies in municipality {expected}</source>
      <translation>{feature} a le code INS {code} mais se situe dans la commune {expected}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="413" />
      <source>{feature} overlaps {layer} {other} by {area} m²</source>
      <translation>{feature} chevauche {layer} {other} sur {area} m²</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/checks.py" line="308" />
      <source>{feature} has a French name but no Dutch name ({field})</source>
      <translation>{feature} a un nom français mais pas de nom néerlandais ({field})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="136" />
      <source>the rule '{rule}' ({check}) does not apply to the {kind} layer '{layer}'</source>
      <translation>la règle « {rule} » ({check}) ne s'applique pas à la couche « {layer} » de type {kind}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="145" />
      <source>the layer '{layer}' needed by the rule '{rule}' is missing</source>
      <translation>la couche « {layer} » requise par la règle « {rule} » est absente</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/engine.py" line="160" />
      <source>the field '{field}' needed by the rule '{rule}' is not in the layer '{layer}'</source>
      <translation>le champ « {field} » requis par la règle « {rule} » ne figure pas dans la couche « {layer} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/errors.py" line="24" />
      <source>Topology rules, rule '{rule}', field '{field}': {reason}</source>
      <translation>Règles de topologie, règle « {rule} », champ « {field} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="105" />
      <source>feature</source>
      <translation>entité</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="231" />
      <source>a rule must be an object</source>
      <translation>une règle doit être un objet</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="297" />
      <source>expected an object of texts by language, such as "en": "building"</source>
      <translation>attendu : un objet de textes par langue, comme "en": "building"</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="300" />
      <source>expected a non-empty list of rules</source>
      <translation>attendu : une liste non vide de règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="187" />
      <source>expected a non-empty text, got {value!r}</source>
      <translation>attendu : un texte non vide, reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="221" />
      <source>expected a list of [French field, Dutch field] pairs, e.g. [["NAMEFRE", "NAMEDUT"]], got {value!r}</source>
      <translation>attendu : une liste de paires [champ français, champ néerlandais], p. ex. [["NAMEFRE", "NAMEDUT"]], reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="238" />
      <source>unknown check '{value}' (expected one of {allowed})</source>
      <translation>contrôle inconnu « {value} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="245" />
      <source>unknown severity '{value}' (expected one of {allowed})</source>
      <translation>gravité inconnue « {value} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="286" />
      <source>expected '{value}'</source>
      <translation>attendu : « {value} »</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="288" />
      <source>unsupported version {value!r} (expected {expected})</source>
      <translation>version non prise en charge {value!r} (attendu : {expected})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="199" />
      <source>expected true or false, got {value!r}</source>
      <translation>attendu : true ou false, reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="210" />
      <source>expected a non-empty list of layer names, got {value!r}</source>
      <translation>attendu : une liste non vide de noms de couches, reçu : {value!r}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="256" />
      <source>unknown field for the check '{check}' (expected one of {allowed})</source>
      <translation>champ inconnu pour le contrôle « {check} » (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/core/topology/rules.py" line="283" />
      <source>unknown field (expected one of {allowed})</source>
      <translation>champ inconnu (attendu : une des valeurs {allowed})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/browser.py" line="67" />
      <source>Brussels reference layers (UrbIS)</source>
      <translation>Couches de référence bruxelloises (UrbIS)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="128" />
      <source>{layer}: not saved, {count} topology error(s). Your edits are kept; fix them and save again.</source>
      <translation>{layer} : enregistrement refusé, {count} erreur(s) de topologie. Vos modifications en cours sont conservées ; corrigez les erreurs et enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="133" />
      <source>QGIS may also report that feature(s) could not be added because the geometry type is not compatible: that is how the plugin stops the save. Nothing was written.</source>
      <translation>QGIS peut aussi signaler que des entités n'ont pas pu être ajoutées parce que le type de géométrie n'est pas compatible : c'est ainsi que l'extension bloque l'enregistrement. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="138" />
      <source>Save refused</source>
      <translation>Enregistrement refusé</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="158" />
      <source>{layer}: saved with {count} warning(s).</source>
      <translation>{layer} : enregistrement effectué avec {count} avertissement(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="164" />
      <source>{layer}: topology errors were found but the save could not be stopped ({reason}).</source>
      <translation>{layer} : des erreurs de topologie ont été détectées, mais l'enregistrement n'a pas pu être bloqué ({reason}).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/commit_gate_gui.py" line="108" />
      <source>Topology check</source>
      <translation>Contrôle de la topologie</translation>
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
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="25" />
      <source>Bilingual house labels</source>
      <translation>Étiquettes bilingues de la charte graphique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="39" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="40" />
      <source>French name field</source>
      <translation>Champ du nom français</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="41" />
      <source>Dutch name field</source>
      <translation>Champ du nom néerlandais</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="42" />
      <source>Label mode</source>
      <translation>Mode d'étiquetage</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="66" />
      <source>Choose a vector layer.</source>
      <translation>Choisissez une couche vectorielle.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="96" />
      <source>Select a layer styled by Paradigm or carrying house labels.</source>
      <translation>Sélectionnez une couche mise en forme par Paradigm ou portant les étiquettes de la charte graphique.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="102" />
      <source>Select a vector layer.</source>
      <translation>Sélectionnez une couche vectorielle.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="59" />
      <source>No French/Dutch field pair recognised: pick both.</source>
      <translation>Aucune paire de champs français/néerlandais reconnue : choisissez les deux champs.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="68" />
      <source>Choose a French and a Dutch field of layer '{layer}'.</source>
      <translation>Choisissez un champ français et un champ néerlandais de la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="70" />
      <source>The French and Dutch fields must differ (both are '{field}').</source>
      <translation>Les champs français et néerlandais doivent être différents (les deux sont « {field} »).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="94" />
      <source>House style restored on '{layer}'.</source>
      <translation>Charte graphique rétablie sur la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/house_style_gui.py" line="152" />
      <source>This layer drifted from the house style: click to restore it.</source>
      <translation>Cette couche s'écarte de la charte graphique : cliquez pour rétablir la charte.</translation>
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
      <location filename="../paradigm_carto/gui/options.py" line="51" />
      <source>Reference layers</source>
      <translation>Couches de référence</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="54" />
      <source>Online (Region's services)</source>
      <translation>En ligne (services de la Région)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="55" />
      <source>Offline (bundled sample)</source>
      <translation>Hors ligne (échantillon intégré)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="57" />
      <source>Source</source>
      <translation>Source</translation>
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
      <translation>Protocole des couches vectorielles en ligne</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="67" />
      <source>Bilingual labels</source>
      <translation>Étiquettes bilingues</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="70" />
      <source>Service addresses (empty: the Region's default)</source>
      <translation>Adresses des services (vide : adresse par défaut de la Région)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/options.py" line="77" />
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
      <location filename="../paradigm_carto/gui/publication_targets.py" line="41" />
      <source>Publication target</source>
      <translation>Destination de publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="44" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="48" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="51" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="53" />
      <source>Authentication</source>
      <translation>Authentification</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="96" />
      <source>Publication</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="113" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="115" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="117" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="126" />
      <source>Publication store folder</source>
      <translation>Dossier du dépôt de publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="129" />
      <source>empty: file:// links</source>
      <translation>vide : liens file://</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="130" />
      <source>Public base URL of the store</source>
      <translation>URL de base publique du dépôt</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="100" />
      <source>Catalogues to publish to</source>
      <translation>Catalogues de publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publication_targets.py" line="149" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="115" />
      <source>Publish to catalogue…</source>
      <translation>Publier dans le catalogue…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="120" />
      <source>Withdraw from catalogue…</source>
      <translation>Retirer du catalogue…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="125" />
      <source>Publication log</source>
      <translation>Journal des publications</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="81" />
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="82" />
      <source>validated</source>
      <translation>validée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="83" />
      <source>approved</source>
      <translation>approuvée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="84" />
      <source>published</source>
      <translation>publiée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="92" />
      <source>publication</source>
      <translation>publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="94" />
      <source>new record</source>
      <translation>nouvelle fiche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="95" />
      <source>record updated</source>
      <translation>fiche mise à jour</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="104" />
      <source>withdrawn</source>
      <translation>retirée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="105" />
      <source>refused</source>
      <translation>refusée</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="106" />
      <source>conflict</source>
      <translation>conflit</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="107" />
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="161" />
      <source>Checks</source>
      <translation>Vérifications</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="162" />
      <source>Only an approved layer can be published: validate it (topology and house style), then approve it.</source>
      <translation>Seule une couche approuvée peut être publiée : validez-la (topologie et charte graphique), puis approuvez-la.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="173" />
      <source>Validate</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="176" />
      <source>Approval</source>
      <translation>Approbation</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="179" />
      <source>Approved by</source>
      <translation>Approuvée par</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="181" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="182" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="252" />
      <source>Approved.</source>
      <translation>Approuvée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="275" />
      <source>Metadata</source>
      <translation>Métadonnées</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="276" />
      <source>French and Dutch are required. English is optional, but once any English text is given, every English text is required.</source>
      <translation>Le français et le néerlandais sont obligatoires. L'anglais est facultatif, mais dès qu'un texte anglais est saisi, tous les textes anglais deviennent obligatoires.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="280" />
      <source>English (optional)</source>
      <translation>Anglais (facultatif)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="325" />
      <source>Licence URL</source>
      <translation>URL de la licence</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="462" />
      <source>Target</source>
      <translation>Destination</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="463" />
      <source>The catalogue that receives the record, and the store that receives the data package.</source>
      <translation>Le catalogue qui reçoit la fiche et le dépôt qui reçoit le paquet de données.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="468" />
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="481" />
      <source>Open the publication settings…</source>
      <translation>Ouvrir les paramètres de publication…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="588" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="589" />
      <source>The data package goes to the store, then the record to the catalogue. A failure leaves both as they were.</source>
      <translation>Le paquet de données est écrit dans le dépôt, puis la fiche dans le catalogue. En cas d'échec, les deux restent tels quels.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="598" />
      <source>Cancel the publication</source>
      <translation>Annuler la publication</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="601" />
      <source>Withdraw…</source>
      <translation>Retirer…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="602" />
      <source>Remove the record from the catalogue and the package from the store.</source>
      <translation>Supprimer la fiche du catalogue et le paquet de données du dépôt.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="804" />
      <source>Choose a vector layer to publish.</source>
      <translation>Choisissez une couche vectorielle à publier.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="832" />
      <source>No publication store folder is configured.</source>
      <translation>Aucun dossier de dépôt de publication n'est configuré.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="836" />
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="869" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="870" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="878" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="239" />
      <source>Validated: the layer can now be approved.</source>
      <translation>Validée : la couche peut maintenant être approuvée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="240" />
      <source>The validation found problems: see the reasons above.</source>
      <translation>La validation a détecté des problèmes : voir les raisons ci-dessus.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="287" />
      <source>Keywords (comma-separated)</source>
      <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="428" />
      <source>All required fields are filled.</source>
      <translation>Tous les champs obligatoires sont remplis.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="502" />
      <source>not configured</source>
      <translation>non configuré</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="503" />
      <source>none (file:// links)</source>
      <translation>aucune (liens file://)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="506" />
      <source>No publication target is configured.</source>
      <translation>Aucune destination de publication n'est configurée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="510" />
      <source>Configure them in Settings › Options › Paradigm › Publication.</source>
      <translation>Configurez-les dans Préférences › Options › Paradigm › Publication.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="658" />
      <source>Choose a target and configure the publication store first.</source>
      <translation>Choisissez d'abord une destination et configurez le dépôt de publication.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="685" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="850" />
      <source>Layer '{layer}' was withdrawn from the catalogue.</source>
      <translation>La couche « {layer} » a été retirée du catalogue.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="203" />
      <source>Layer '{layer}': {state}.</source>
      <translation>Couche « {layer} » : {state}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="545" />
      <source>Publication of {layer}</source>
      <translation>Publication de {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="630" />
      <source>Layer '{layer}' to '{target}' ({url}); store: {store}</source>
      <translation>Couche « {layer} » vers « {target} » ({url}) ; dépôt : {store}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="676" />
      <source>Publishing layer '{layer}'…</source>
      <translation>Publication de la couche « {layer} »…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="698" />
      <source>Published layer '{layer}' as record '{identifier}' ({action}), revision {revision}.</source>
      <translation>Couche « {layer} » publiée sous la fiche « {identifier} » ({action}), révision {revision}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="701" />
      <source>Package: {package}
Download link: {url}</source>
      <translation>Paquet de données : {package}
Lien de téléchargement : {url}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="767" />
      <source>Publish '{layer}' to the catalogue</source>
      <translation>Publier « {layer} » dans le catalogue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="822" />
      <source>Layer '{layer}' is not published.</source>
      <translation>La couche « {layer} » n'est pas publiée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="827" />
      <source>Layer '{layer}' was published to '{target}', which is not a configured publication target.</source>
      <translation>La couche « {layer} » a été publiée vers « {target} », qui n'est pas une destination de publication configurée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="837" />
      <source>Withdraw layer '{layer}' (record '{identifier}') from '{target}'?</source>
      <translation>Retirer la couche « {layer} » (fiche « {identifier} ») de « {target} » ?</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="234" />
      <source>Topology: {errors} error(s), {warnings} warning(s).</source>
      <translation>Topologie : {errors} erreur(s), {warnings} avertissement(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="425" />
      <source>Required fields still empty: {fields}</source>
      <translation>Champs obligatoires encore vides : {fields}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="445" />
      <source>Layer '{layer}' is not in a GeoPackage: its metadata cannot be saved with it.</source>
      <translation>La couche « {layer} » n'est pas dans un GeoPackage : ses métadonnées ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="709" />
      <source>The publication of layer '{layer}' was refused:</source>
      <translation>La publication de la couche « {layer} » a été refusée :</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="891" />
      <source>Publication store: {folder}</source>
      <translation>Dépôt de publication : {folder}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="209" />
      <source>Validated by {who} on {when}.</source>
      <translation>Validée par {who} le {when}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="212" />
      <source>Approved by {who} on {when}.</source>
      <translation>Approuvée par {who} le {when}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="441" />
      <source>The metadata could not be saved with layer '{layer}': {error}</source>
      <translation>Les métadonnées n'ont pas pu être enregistrées avec la couche « {layer} » : {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="715" />
      <source>Conflict: the catalogue record of layer '{layer}' changed since it was last published from this copy. Nothing was written.</source>
      <translation>Conflit : la fiche du catalogue de la couche « {layer} » a changé depuis sa dernière publication à partir de cette copie. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="721" />
      <source>The publication of layer '{layer}' was cancelled; the store and the catalogue are unchanged.</source>
      <translation>La publication de la couche « {layer} » a été annulée ; le dépôt et le catalogue sont inchangés.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="725" />
      <source>The publication of layer '{layer}' failed at the step '{step}': {reason}</source>
      <translation>La publication de la couche « {layer} » a échoué à l'étape « {step} » : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="729" />
      <source>The publication of layer '{layer}' failed: {error}</source>
      <translation>La publication de la couche « {layer} » a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/publish_wizard.py" line="730" />
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="55" />
      <source>Topology rules of a layer</source>
      <translation>Règles de topologie d'une couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="66" />
      <source>Default: the shipped rule set matching the layer's name</source>
      <translation>Par défaut : le jeu de règles fourni correspondant au nom de la couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="67" />
      <source>No topology rules</source>
      <translation>Aucune règle de topologie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="76" />
      <source>A rule file of my own (JSON)…</source>
      <translation>Mon propre fichier de règles (JSON)…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="78" />
      <source>Topology rules (*.json)</source>
      <translation>Règles de topologie (*.json)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="79" />
      <source>Choose a rule file</source>
      <translation>Choisir un fichier de règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="86" />
      <source>Now</source>
      <translation>Actuellement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="87" />
      <source>Rule set</source>
      <translation>Jeu de règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="88" />
      <source>Rule file</source>
      <translation>Fichier de règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="89" />
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="91" />
      <source>The choice is saved in the project: save the project to keep it.</source>
      <translation>Le choix est enregistré dans le projet : enregistrez le projet pour le conserver.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="161" />
      <source>No rules: saves of this layer are not checked.</source>
      <translation>Aucune règle : les enregistrements de cette couche ne sont pas contrôlés.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="142" />
      <source>choose a rule file</source>
      <translation>choisissez un fichier de règles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/rules_dialog.py" line="74" />
      <source>Shipped: {id} ({layer})</source>
      <translation>Jeu fourni : {id} ({layer})</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="75" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="75" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="238" />
      <source>Topology errors</source>
      <translation>Erreurs de topologie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="253" />
      <source>No validation yet: use Re-validate or save an edited layer.</source>
      <translation>Pas encore de validation : utilisez « Revalider » ou enregistrez une couche modifiée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="260" />
      <source>All findings</source>
      <translation>Tous les constats</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="261" />
      <source>Errors only</source>
      <translation>Erreurs uniquement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="262" />
      <source>Warnings only</source>
      <translation>Avertissements uniquement</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="283" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="291" />
      <source>Select features</source>
      <translation>Sélectionner les entités</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="292" />
      <source>Select the features of the chosen findings in their layer.</source>
      <translation>Sélectionner les entités des constats choisis dans leur couche.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="294" />
      <source>Re-validate</source>
      <translation>Revalider</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="295" />
      <source>Check the whole layer again with its topology rules.</source>
      <translation>Contrôler à nouveau toute la couche avec ses règles de topologie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="297" />
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="298" />
      <source>Write the findings shown to a GeoPackage layer.</source>
      <translation>Écrire les constats affichés dans une couche GeoPackage.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="573" />
      <source>Export topology errors</source>
      <translation>Exporter les erreurs de topologie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="574" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="258" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="269" />
      <source>Feature(s)</source>
      <translation>Entité(s)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="367" />
      <source>{layer}: {errors} error(s), {warnings} warning(s).</source>
      <translation>{layer} : {errors} erreur(s), {warnings} avertissement(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="463" />
      <source>Choose one or more findings in the list first.</source>
      <translation>Choisissez d'abord un ou plusieurs constats dans la liste.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="466" />
      <source>The layer of these findings is no longer in the project.</source>
      <translation>La couche de ces constats ne figure plus dans le projet.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="500" />
      <source>A topology validation is already running.</source>
      <translation>Une validation topologique est déjà en cours.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="563" />
      <source>The topology validation was cancelled.</source>
      <translation>La validation topologique a été annulée.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="616" />
      <source>Could not write the topology errors to {path}: {reason}</source>
      <translation>Impossible d'écrire les erreurs de topologie dans {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="197" />
      <source>Topology validation of {layer}</source>
      <translation>Validation topologique de {layer}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="360" />
      <source>{layer}: save refused, {errors} error(s) and {warnings} warning(s) in the edited features.</source>
      <translation>{layer} : enregistrement refusé, {errors} erreur(s) et {warnings} avertissement(s) dans les entités modifiées.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="363" />
      <source>{layer}: validation cancelled; {errors} error(s) and {warnings} warning(s) found so far.</source>
      <translation>{layer} : validation annulée ; {errors} erreur(s) et {warnings} avertissement(s) détecté(s) jusqu'ici.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="366" />
      <source>{layer}: no topology error.</source>
      <translation>{layer} : aucune erreur de topologie.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="470" />
      <source>{count} feature(s) selected in {layer}.</source>
      <translation>{count} entité(s) sélectionnée(s) dans {layer}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="509" />
      <source>No topology rules for {layer}: attach a rule set with Paradigm › Topology rules of a layer….</source>
      <translation>Aucune règle de topologie pour {layer} : associez un jeu de règles via Paradigm › Règles de topologie d'une couche….</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="536" />
      <source>Validating {layer}…</source>
      <translation>Validation de {layer}…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="611" />
      <source>{count} finding(s) written to {path}.</source>
      <translation>{count} constat(s) écrit(s) dans {path}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="422" />
      <source>This finding has no location on the map: {message}</source>
      <translation>Ce constat n'a pas d'emplacement sur la carte : {message}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="557" />
      <source>The topology validation of {layer} failed: {error}</source>
      <translation>La validation topologique de {layer} a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/gui/topology_dock.py" line="439" />
      <source>Could not show this finding in the map's CRS: {error}</source>
      <translation>Impossible d'afficher ce constat dans le SCR de la carte : {error}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="79" />
      <source>New Brussels map</source>
      <translation>Nouvelle carte de Bruxelles</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="80" />
      <source>Bilingual house labels…</source>
      <translation>Étiquettes bilingues de la charte graphique…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="81" />
      <source>Check the house style of the current layer</source>
      <translation>Contrôler la charte graphique de la couche active</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="82" />
      <source>Restore the house style of the current layer</source>
      <translation>Rétablir la charte graphique de la couche active</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="83" />
      <source>Restore the house style of all layers</source>
      <translation>Rétablir la charte graphique de toutes les couches</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="87" />
      <source>Validate current layer</source>
      <translation>Valider la couche active</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="88" />
      <source>Topology rules of a layer…</source>
      <translation>Règles de topologie d'une couche…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="100" />
      <source>Options…</source>
      <translation>Options…</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/plugin.py" line="176" />
      <source>House style restored on {count} layer(s).</source>
      <translation>Charte graphique rétablie sur {count} couche(s).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="40" />
      <source>Check house style conformity</source>
      <translation>Contrôler la conformité à la charte graphique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="43" />
      <source>House style</source>
      <translation>Charte graphique</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="49" />
      <source>Tells whether a layer carries the Brussels house style and lists what drifted (colours, symbols, label mode, label text, scale ranges), each with the expected and the found value. The report can be written to an HTML or a text file.</source>
      <translation>Indique si une couche applique la charte graphique bruxelloise et énumère les écarts (couleurs, symboles, mode d'étiquetage, texte des étiquettes, plages d'échelles), chacun avec la valeur attendue et la valeur trouvée. Le rapport peut être écrit dans un fichier HTML ou texte.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="60" />
      <source>Report file</source>
      <translation>Fichier de rapport</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="61" />
      <source>HTML files (*.html);;Text files (*.txt)</source>
      <translation>Fichiers HTML (*.html);;Fichiers texte (*.txt)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="66" />
      <source>Conformant</source>
      <translation>Conforme</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="67" />
      <source>Number of drifts</source>
      <translation>Nombre d'écarts</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="68" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/check_style.py" line="75" />
      <source>The layer to check could not be opened.</source>
      <translation>La couche à contrôler n'a pas pu être ouverte.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="100" />
      <source>Export a bilingual map</source>
      <translation>Exporter une carte bilingue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="103" />
      <source>Cartography</source>
      <translation>Cartographie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="109" />
      <source>Exports the project's visible layers as a bilingual map (titles in French and Dutch, legend, scale bar, north arrow, Belgian Lambert 72 note, date and the UrbIS attribution) to a PDF or a PNG file, chosen by the file extension. Without an extent, the map shows the Brussels-Capital Region. The label mode applies to the export only: the layers get their own mode back afterwards.</source>
      <translation>Exporte les couches visibles du projet sous la forme d'une carte bilingue (titres en français et en néerlandais, légende, barre d'échelle, flèche du nord, mention Lambert belge 72, date et attribution UrbIS) vers un fichier PDF ou PNG, selon l'extension du fichier. Sans emprise, la carte montre la Région de Bruxelles-Capitale. Le mode d'étiquetage ne s'applique qu'à l'export : les couches retrouvent ensuite leur propre mode.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="138" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="125" />
      <source>Map extent</source>
      <translation>Emprise de la carte</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="128" />
      <source>Layout template</source>
      <translation>Modèle de mise en page</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="135" />
      <source>Title in French</source>
      <translation>Titre en français</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="136" />
      <source>Title in Dutch</source>
      <translation>Titre en néerlandais</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="144" />
      <source>Map file (PDF or PNG)</source>
      <translation>Fichier de carte (PDF ou PNG)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="154" />
      <source>The project has no layers: load the reference layers or open a project first (with qgis_process: --PROJECT_PATH=project.qgz).</source>
      <translation>Le projet ne contient aucune couche : chargez d'abord les couches de référence ou ouvrez un projet (avec qgis_process : --PROJECT_PATH=project.qgz).</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="144" />
      <source>PDF files (*.pdf);;PNG images (*.png)</source>
      <translation>Fichiers PDF (*.pdf);;Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="177" />
      <source>Template {template}, label mode {mode}, output {path}</source>
      <translation>Modèle {template}, mode d'étiquetage {mode}, sortie {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/export_map.py" line="161" />
      <source>The map file must end in .pdf or .png: {path}</source>
      <translation>Le fichier de carte doit se terminer par .pdf ou .png : {path}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/provider.py" line="40" />
      <source>Paradigm Carto (Brussels UrbIS)</source>
      <translation>Paradigm Carto (UrbIS Bruxelles)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="82" />
      <source>Publish layer to catalogue</source>
      <translation>Publier une couche dans le catalogue</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="91" />
      <source>Publishes an approved layer: checks that it is approved on unchanged data, carries the house style and has complete metadata; writes the data package (GeoPackage with the house style, SLD, ISO 19139 XML) into the publication store, then inserts or updates the catalogue record (CSW-T) and reads it back. Any failure leaves the store and the catalogue as they were. Credentials come only from a QGIS authentication configuration.</source>
      <translation>Publie une couche approuvée : vérifie qu'elle a été approuvée sur des données inchangées, qu'elle applique la charte graphique et que ses métadonnées sont complètes ; écrit le paquet de données (GeoPackage avec la charte graphique, SLD, XML ISO 19139) dans le dépôt de publication, puis insère ou met à jour la fiche du catalogue (CSW-T) et la relit. En cas d'échec, le dépôt et le catalogue restent tels quels. Les identifiants de connexion proviennent uniquement d'une configuration d'authentification QGIS.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="101" />
      <source>Layer to publish</source>
      <translation>Couche à publier</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="106" />
      <source>Metadata file (JSON; default: the metadata stored with the layer)</source>
      <translation>Fichier de métadonnées (JSON ; par défaut : les métadonnées enregistrées avec la couche)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="111" />
      <source>Catalogue (CSW URL)</source>
      <translation>Catalogue (URL CSW)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="113" />
      <source>Authentication configuration</source>
      <translation>Configuration d'authentification</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="120" />
      <source>Public base URL of the store (default: file:// links)</source>
      <translation>URL de base publique du dépôt (par défaut : liens file://)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="123" />
      <source>Record identifier</source>
      <translation>Identifiant de la fiche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="124" />
      <source>Data package</source>
      <translation>Paquet de données</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="131" />
      <source>The layer to publish could not be opened.</source>
      <translation>La couche à publier n'a pas pu être ouverte.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="135" />
      <source>The catalogue URL must start with http:// or https://.</source>
      <translation>L'URL du catalogue doit commencer par http:// ou https://.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="139" />
      <source>Choose the publication store folder.</source>
      <translation>Choisissez le dossier du dépôt de publication.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="56" />
      <source>No metadata is stored with layer '{layer}': fill in its metadata or give a metadata file.</source>
      <translation>Aucune métadonnée n'est enregistrée avec la couche « {layer} » : complétez ses métadonnées ou indiquez un fichier de métadonnées.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="153" />
      <source>Published '{layer}' as record '{identifier}' ({action}), package {package}.</source>
      <translation>Couche « {layer} » publiée sous la fiche « {identifier} » ({action}), paquet de données {package}.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="51" />
      <source>The metadata file '{path}' cannot be read: {reason}</source>
      <translation>Le fichier de métadonnées « {path} » est illisible : {reason}</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/publish_layer.py" line="147" />
      <source>Layer '{layer}' cannot be published:</source>
      <translation>La couche « {layer} » ne peut pas être publiée :</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="144" />
      <source>Validate layer topology</source>
      <translation>Valider la topologie d'une couche</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="147" />
      <source>Quality</source>
      <translation>Qualité</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="153" />
      <source>Checks a layer against topology and attribute rules: validity, overlaps, gaps, containment in other layers, dangles, NIS codes, bilingual names. Without a rule file, the rule set shipped for the layer (by its UrbIS name or catalogue id) is used. The other layers a rule needs are taken from the project by name, else from the same GeoPackage as the input. One output point per finding (rule, severity, features, message); errors block a save, warnings inform.</source>
      <translation>Contrôle une couche selon des règles de topologie et d'attributs : validité, chevauchements, trous, inclusion dans d'autres couches, extrémités pendantes, codes INS, noms bilingues. Sans fichier de règles, le jeu de règles fourni pour la couche (d'après son nom UrbIS ou son identifiant dans le catalogue) est utilisé. Les autres couches requises par une règle sont recherchées par leur nom dans le projet, sinon dans le même GeoPackage que la couche en entrée. Un point en sortie par constat (règle, gravité, entités, message) ; les erreurs bloquent l'enregistrement, les avertissements sont informatifs.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="164" />
      <source>Layer to validate</source>
      <translation>Couche à valider</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="170" />
      <source>Rule file (default: the rules of the layer)</source>
      <translation>Fichier de règles (par défaut : les règles de la couche)</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="181" />
      <source>Topology error areas</source>
      <translation>Zones des erreurs de topologie</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="187" />
      <source>Number of errors</source>
      <translation>Nombre d'erreurs</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="188" />
      <source>Number of warnings</source>
      <translation>Nombre d'avertissements</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="195" />
      <source>The layer to validate could not be opened.</source>
      <translation>La couche à valider n'a pas pu être ouverte.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="232" />
      <source>Validation cancelled: the results are incomplete.</source>
      <translation>Validation annulée : les résultats sont incomplets.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="206" />
      <source>Rule set '{rules}': {count} rules.</source>
      <translation>Jeu de règles « {rules} » : {count} règles.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="257" />
      <source>{errors} errors, {warnings} warnings on {count} features.</source>
      <translation>{errors} erreurs, {warnings} avertissements sur {count} entités.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="203" />
      <source>No rule set is bound to the layer '{layer}': choose a rule file.</source>
      <translation>Aucun jeu de règles n'est associé à la couche « {layer} » : choisissez un fichier de règles.</translation>
    </message>
    <message>
      <location filename="../paradigm_carto/processing/validate_layer.py" line="212" />
      <source>The layer '{layer}' needed by the rule '{rule}' was found neither in the project nor in the input's GeoPackage.</source>
      <translation>La couche « {layer} » requise par la règle « {rule} » n'a été trouvée ni dans le projet ni dans le GeoPackage de la couche en entrée.</translation>
    </message>
  </context>
</TS>
