<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>fragilite_numerique</name>
    <message>
      <location filename="../../algorithms/base.py" line="29" />
      <source>Access times</source>
      <translation>Temps d'accès</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="30" />
      <source>Atlas and exports</source>
      <translation>Atlas et exports</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="30" />
      <source>Diagnostics and sensitivity</source>
      <translation>Diagnostics et sensibilité</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="28" />
      <source>Index</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="29" />
      <source>Maps and typologies</source>
      <translation>Cartes et typologies</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="28" />
      <source>Source tables</source>
      <translation>Tables sources</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="60" />
      <source>&lt;p&gt;Computes the digital fragility index of every unit (commune, EPCI, IRIS) of the layer: the method's variables are read from the tables of the binding, joined on the INSEE code, imputed where needed (value of the EPCI, then of the department, then of the reference territory, always flagged), normalised over the reference territory and aggregated into four axes, a composite index and two sub-indices ("publics exposés", "aménagement").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unit layer&lt;/b&gt;: it is never modified; the result is a new layer (GeoPackage by default) with the index style and an &lt;i&gt;ifn_metadata&lt;/i&gt; table describing the method, the parameters, the sources, the proxy and absent variables.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: a JSON file (Hauts-de-France 2021 by default) you can copy and edit. &lt;b&gt;Binding&lt;/b&gt;: a JSON file linking each variable to a table and a column (by default the embedded Hauts-de-France open data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference territory&lt;/b&gt;: an expression choosing the units over which minimum, maximum and reference rates are taken (empty = every unit), for example &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Fields written: &lt;code&gt;ifn&lt;/code&gt; (composite index), &lt;code&gt;ifn_ax1&lt;/code&gt; to &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; and &lt;code&gt;ifn_amg&lt;/code&gt; (sub-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (share of observed variables), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, and for each variable &lt;code&gt;v_&lt;/code&gt; (value), &lt;code&gt;i_&lt;/code&gt; (origin: obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) and &lt;code&gt;c_&lt;/code&gt; (contribution to the index).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule l'indice de fragilité numérique de chaque unité (commune, EPCI, IRIS) de la couche : les variables de la méthode sont lues dans les tables de la liaison, jointes par code INSEE, imputées si besoin (valeur de l'EPCI, puis du département, puis du territoire de référence, toujours signalée), normalisées sur le territoire de référence et agrégées en quatre axes, un indice composite et deux sous-indices (« publics exposés », « aménagement »).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche des unités&lt;/b&gt; : elle n'est jamais modifiée ; le résultat est une nouvelle couche (GeoPackage par défaut) avec le style de l'indice et une table &lt;i&gt;ifn_metadata&lt;/i&gt; qui décrit la méthode, les paramètres, les sources, les variables approchées et absentes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : fichier JSON (Hauts-de-France 2021 par défaut), copiable et modifiable. &lt;b&gt;Liaison&lt;/b&gt; : fichier JSON qui relie chaque variable à une table et une colonne (par défaut les données ouvertes Hauts-de-France intégrées).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Territoire de référence&lt;/b&gt; : expression qui choisit les unités sur lesquelles sont pris minimum, maximum et taux de référence (vide = toutes les unités), par exemple &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Champs écrits : &lt;code&gt;ifn&lt;/code&gt; (indice composite), &lt;code&gt;ifn_ax1&lt;/code&gt; à &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; et &lt;code&gt;ifn_amg&lt;/code&gt; (sous-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (part des variables observées), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, et pour chaque variable &lt;code&gt;v_&lt;/code&gt; (valeur), &lt;code&gt;i_&lt;/code&gt; (origine : obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) et &lt;code&gt;c_&lt;/code&gt; (contribution à l'indice).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="103" />
      <source>As in the method</source>
      <translation>Selon la méthode</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="115" />
      <source>Axis weights (e.g. ax1=1; ax2=2; empty = the method's)</source>
      <translation>Poids des axes (ex. ax1=1; ax2=2 ; vide = ceux de la méthode)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="96" />
      <source>Binding of variables to tables (JSON)</source>
      <translation>Liaison des variables aux tables (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="131" />
      <source>Cannot read the axis weights "{}"; write for example ax1=1; ax2=2.</source>
      <translation>Poids des axes illisibles : « {} ». Écrivez par exemple ax1=1; ax2=2.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="57" />
      <source>Compute the digital fragility index</source>
      <translation>Calculer l'indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="90" />
      <source>Department code field, for imputation</source>
      <translation>Champ du code département, pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="119" />
      <source>Digital fragility index</source>
      <translation>Indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="87" />
      <source>EPCI code field (SIREN), for imputation</source>
      <translation>Champ du code EPCI (SIREN), pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="85" />
      <source>INSEE code field</source>
      <translation>Champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="93" />
      <source>Method file (JSON)</source>
      <translation>Fichier de méthode (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="110" />
      <source>Minimum share of variables present per axis ("available" rule)</source>
      <translation>Part minimale de variables présentes par axe (règle « available »)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="105" />
      <source>Missing values</source>
      <translation>Valeurs manquantes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="102" />
      <source>Normalisation</source>
      <translation>Normalisation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="99" />
      <source>Reference territory (expression; empty = every unit)</source>
      <translation>Territoire de référence (expression ; vide = toutes les unités)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="124" />
      <source>The unit layer cannot be found or is not valid.</source>
      <translation>La couche des unités est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="83" />
      <source>Unit layer (communes)</source>
      <translation>Couche des unités (communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="107" />
      <source>available: mean of the variables present</source>
      <translation>available : moyenne des variables présentes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="106" />
      <source>parent: value of the EPCI, the department, the reference</source>
      <translation>parent : valeur de l'EPCI, du département, de la référence</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="157" />
      <source>{} units scored ({} in the reference territory).</source>
      <translation>{} unités calculées ({} dans le territoire de référence).</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="69" />
      <source>&lt;p&gt;Prints the index as atlas pages made with the QGIS layout engine, from a layer computed by "Compute the digital fragility index" (the layer is only read).&lt;/p&gt;&lt;p&gt;&lt;b&gt;EPCI atlas&lt;/b&gt; (A4 landscape, one page per EPCI): the EPCI's communes coloured by the composite index with the legend, a locator map of the reference territory, a bar chart of the axes and sub-indices against the reference territory (values printed on the bars), the table of the variables with their years, the typology when the layer has it, sources and method, scale bar and north arrow. Without an EPCI layer, the EPCI values are the simple mean of its communes' values and are labelled "moyenne des communes"; with an EPCI-level scored layer its own values are shown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Commune fiches&lt;/b&gt; (A4 portrait, one page per commune): the same for one commune, with its rank, decile, each variable's value, origin (observed or imputed), score and contribution.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filter&lt;/b&gt;: an expression choosing the pages: on the communes for the fiches (for example &lt;code&gt;"epci" = '200071785'&lt;/code&gt; for the fiches of one EPCI's communes), on the EPCI for the atlas (its code and name fields, for example &lt;code&gt;"epci_nom" LIKE 'CA %'&lt;/code&gt;). &lt;b&gt;Output&lt;/b&gt;: one multi-page PDF, or one PDF or PNG per page named after the output file and the code (&lt;code&gt;fiche.pdf&lt;/code&gt; gives &lt;code&gt;fiche_02001.pdf&lt;/code&gt;…). Existing files are kept unless you choose to overwrite them; a cancelled or failed export leaves no partial file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Template&lt;/b&gt;: a .qpt layout template to use instead of the shipped one (copy &lt;i&gt;resources/layouts/&lt;/i&gt; and keep the item ids).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Imprime l'indice sous forme de pages d'atlas réalisées avec le moteur de mise en page de QGIS, à partir d'une couche calculée par « Calculer l'indice de fragilité numérique » (la couche est seulement lue).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Atlas des EPCI&lt;/b&gt; (A4 paysage, une page par EPCI) : les communes de l'EPCI colorées selon l'indice composite avec la légende, une carte de localisation dans le territoire de référence, un graphique en barres des axes et sous-indices comparés au territoire de référence (valeurs écrites sur les barres), le tableau des variables avec leur millésime, la typologie si la couche l'a, les sources et la méthode, l'échelle et la flèche du nord. Sans couche des EPCI, les valeurs de l'EPCI sont la moyenne simple des valeurs de ses communes et sont libellées « moyenne des communes » ; avec une couche de l'indice au niveau EPCI, ses propres valeurs sont affichées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fiches communes&lt;/b&gt; (A4 portrait, une page par commune) : la même chose pour une commune, avec son rang, son décile, et pour chaque variable sa valeur, son origine (observée ou imputée), son score et sa contribution.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filtre&lt;/b&gt; : une expression qui choisit les pages : sur les communes pour les fiches (par exemple &lt;code&gt;"epci" = '200071785'&lt;/code&gt; pour les fiches des communes d'un EPCI), sur les EPCI pour l'atlas (ses champs de code et de nom, par exemple &lt;code&gt;"epci_nom" LIKE 'CA %'&lt;/code&gt;). &lt;b&gt;Sortie&lt;/b&gt; : un PDF de plusieurs pages, ou un PDF ou une image PNG par page, nommés d'après le fichier de sortie et le code (&lt;code&gt;fiche.pdf&lt;/code&gt; donne &lt;code&gt;fiche_02001.pdf&lt;/code&gt;…). Les fichiers existants sont conservés sauf si vous choisissez de les écraser ; un export annulé ou en échec ne laisse aucun fichier partiel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : un modèle de mise en page .qpt à utiliser à la place de celui fourni (copiez &lt;i&gt;resources/layouts/&lt;/i&gt; et gardez les identifiants des éléments).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="131" />
      <source>Atlas (PDF; for one file per page, the name prefix)</source>
      <translation>Atlas (PDF ; pour un fichier par page, le préfixe des noms)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="105" />
      <source>Commune code field</source>
      <translation>Champ du code commune</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="95" />
      <source>Commune fiches (A4 portrait, one page per commune)</source>
      <translation>Fiches communes (A4 portrait, une page par commune)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="107" />
      <source>Commune name field</source>
      <translation>Champ du nom de la commune</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="114" />
      <source>Department field of the communes</source>
      <translation>Champ du département des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="92" />
      <source>Digital fragility index (commune layer)</source>
      <translation>Indice de fragilité numérique (couche des communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="94" />
      <source>EPCI atlas (A4 landscape, one page per EPCI)</source>
      <translation>Atlas des EPCI (A4 paysage, une page par EPCI)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="119" />
      <source>EPCI code field of the EPCI layer</source>
      <translation>Champ du code EPCI de la couche des EPCI</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="109" />
      <source>EPCI code field of the communes</source>
      <translation>Champ du code EPCI des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="122" />
      <source>EPCI name field of the EPCI layer</source>
      <translation>Champ du nom de l'EPCI de la couche des EPCI</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="111" />
      <source>EPCI name field of the communes</source>
      <translation>Champ du nom de l'EPCI des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="116" />
      <source>EPCI-level index layer (optional; default: mean of the communes)</source>
      <translation>Couche de l'indice au niveau EPCI (facultatif ; par défaut : moyenne des communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="63" />
      <source>Export the atlas</source>
      <translation>Exporter l'atlas</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="101" />
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="133" />
      <source>Files written</source>
      <translation>Fichiers écrits</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="98" />
      <source>Filter (expression; empty = every page)</source>
      <translation>Filtre (expression ; vide = toutes les pages)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="125" />
      <source>Layout template (.qpt; empty = the shipped one)</source>
      <translation>Modèle de mise en page (.qpt ; vide = celui fourni)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="101" />
      <source>One PDF per page</source>
      <translation>Un PDF par page</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="102" />
      <source>One PNG image per page</source>
      <translation>Une image PNG par page</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="101" />
      <source>One multi-page PDF</source>
      <translation>Un PDF de plusieurs pages</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="31" />
      <source>Overwrite it</source>
      <translation>L'écraser</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="131" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="94" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="128" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="31" />
      <source>Stop without writing anything</source>
      <translation>Arrêter sans rien écrire</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="144" />
      <source>The commune layer cannot be found or is not valid.</source>
      <translation>La couche des communes est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="30" />
      <source>When an output file already exists</source>
      <translation>Si un fichier de sortie existe déjà</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="167" />
      <source>{} page(s) written to {} file(s).</source>
      <translation>{} page(s) écrite(s) dans {} fichier(s).</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="39" />
      <source>&lt;p&gt;Writes the attributes of a layer (typically the output of "Compute the digital fragility index") as a table that spreadsheets open directly. The layer is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt; (.csv): as French Excel and LibreOffice expect it: ";" separator, decimal comma, UTF-8 with BOM; the metadata go to a &lt;i&gt;_metadonnees.csv&lt;/i&gt; file next to it. &lt;b&gt;XLSX&lt;/b&gt; (.xlsx): a "Données" sheet and a "Métadonnées" sheet, written with openpyxl or, when it is not installed, with GDAL. Codes (INSEE, SIREN) stay text and keep their leading zeros; in Excel, prefer the XLSX file, which keeps them as text.&lt;/p&gt;&lt;p&gt;The metadata list the method, its parameters, the sources with their years, the proxy and absent variables, the meaning of each field, the plugin version and the dates of the computation and of the export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filter&lt;/b&gt;: an expression choosing the rows, for example &lt;code&gt;"epci" = '200071785'&lt;/code&gt;. &lt;b&gt;Fields&lt;/b&gt;: the columns to write (empty = all). Existing files are kept unless you choose to overwrite them.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Écrit les attributs d'une couche (en général la sortie de « Calculer l'indice de fragilité numérique ») dans une table que les tableurs ouvrent directement. La couche est seulement lue.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt; (.csv) : tel que l'attendent Excel et LibreOffice en français : séparateur « ; », virgule décimale, UTF-8 avec BOM ; les métadonnées vont dans un fichier &lt;i&gt;_metadonnees.csv&lt;/i&gt; à côté. &lt;b&gt;XLSX&lt;/b&gt; (.xlsx) : une feuille « Données » et une feuille « Métadonnées », écrites avec openpyxl ou, s'il n'est pas installé, avec GDAL. Les codes (INSEE, SIREN) restent du texte et gardent leurs zéros initiaux ; dans Excel, préférez le fichier XLSX, qui les garde en texte.&lt;/p&gt;&lt;p&gt;Les métadonnées donnent la méthode, ses paramètres, les sources avec leur millésime, les variables approchées et absentes, la signification de chaque champ, la version du plugin et les dates du calcul et de l'export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filtre&lt;/b&gt; : une expression qui choisit les lignes, par exemple &lt;code&gt;"epci" = '200071785'&lt;/code&gt;. &lt;b&gt;Champs&lt;/b&gt; : les colonnes à écrire (vide = toutes). Les fichiers existants sont conservés sauf si vous choisissez de les écraser.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="67" />
      <source>CSV for spreadsheets (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV pour tableur (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="36" />
      <source>Export the table for spreadsheets</source>
      <translation>Exporter la table pour tableur</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="61" />
      <source>Fields (empty = all)</source>
      <translation>Champs (vide = tous)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="58" />
      <source>Filter (expression; empty = every row)</source>
      <translation>Filtre (expression ; vide = toutes les lignes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="56" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="67" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="75" />
      <source>The layer cannot be found or is not valid.</source>
      <translation>La couche est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="64" />
      <source>Write the metadata (sheet or _metadonnees.csv file)</source>
      <translation>Écrire les métadonnées (feuille ou fichier _metadonnees.csv)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="88" />
      <source>Written: {}</source>
      <translation>Écrit : {}</translation>
    </message>
    <message>
      <location filename="../../algorithms/provider.py" line="27" />
      <source>Digital fragility</source>
      <translation>Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="230" />
      <source>Binding file not found: {file}.</source>
      <translation>Fichier de liaison introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="235" />
      <source>Cannot read the binding file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de liaison {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="166" />
      <source>{file}: 'format' must be "{expected}".</source>
      <translation>{file} : « format » doit valoir « {expected} ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="179" />
      <source>{file}: '{key}' = '{value}' is not one of {choices}.</source>
      <translation>{file} : « {key} » = « {value} » n'est pas l'une des valeurs {choices}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="199" />
      <source>{file}: '{key}' binds a variable that method '{method}' does not have (its variables: {choices}).</source>
      <translation>{file} : « {key} » lie une variable que la méthode « {method} » n'a pas (ses variables : {choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="157" />
      <source>{file}: '{key}' must be a column name.</source>
      <translation>{file} : « {key} » doit être un nom de colonne.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="154" />
      <source>{file}: '{key}' must be a positive number.</source>
      <translation>{file} : « {key} » doit être un nombre positif.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="127" />
      <source>{file}: '{key}' must be an object.</source>
      <translation>{file} : « {key} » doit être un objet.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="183" />
      <source>{file}: '{key}' names passage '{value}', which is not declared in 'passages'.</source>
      <translation>{file} : « {key} » désigne la table de passage « {value} », qui n'est pas déclarée dans « passages ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="142" />
      <source>{file}: '{key}' names table '{value}', which is not declared in 'tables' ({choices}).</source>
      <translation>{file} : « {key} » désigne la table « {value} », qui n'est pas déclarée dans « tables » ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="151" />
      <source>{file}: '{key}' needs both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande à la fois « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="148" />
      <source>{file}: '{key}' needs either 'column' or both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande soit « column », soit « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="214" />
      <source>{file}: '{key}': a parent level is 'epci' or 'dep'.</source>
      <translation>{file} : « {key} » : un niveau parent est « epci » ou « dep ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="232" />
      <source>{file}: invalid JSON at line {line}, column {column}: {reason}.</source>
      <translation>{file} : JSON invalide ligne {line}, colonne {column} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="134" />
      <source>{file}: missing key '{key}'.</source>
      <translation>{file} : clé manquante « {key} ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="130" />
      <source>{file}: unknown key '{key}' (allowed: {allowed}).</source>
      <translation>{file} : clé inconnue « {key} » (clés permises : {allowed}).</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="21" />
      <source>No value to classify.</source>
      <translation>Aucune valeur à classer.</translation>
    </message>
    <message>
      <location filename="../../core/errors.py" line="91" />
      <source>The run was cancelled; nothing was written.</source>
      <translation>Le calcul a été annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../core/export.py" line="147" />
      <source>Cannot create {file}: {reason}.</source>
      <translation>Impossible de créer {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/export.py" line="143" />
      <source>Cannot write {file}: neither openpyxl nor GDAL's XLSX driver is available; export as CSV instead.</source>
      <translation>Impossible d'écrire {file} : ni openpyxl ni le pilote XLSX de GDAL ne sont disponibles ; exportez plutôt en CSV.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="412" />
      <source>Cannot read the method file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de méthode {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="408" />
      <source>Method file not found: {file}.</source>
      <translation>Fichier de méthode introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="170" />
      <source>Weights name an axis the method does not have: {axes}.</source>
      <translation>Les poids désignent un axe que la méthode n'a pas : {axes}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="410" />
      <source>{file} is not a UTF-8 text file.</source>
      <translation>{file} n'est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="323" />
      <source>{file}: 'axes' must be a non-empty list.</source>
      <translation>{file} : « axes » doit être une liste non vide.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="311" />
      <source>{file}: 'groups' must be an object such as {{"P": {{"id": "pub", "label": "Publics exposés"}}}}.</source>
      <translation>{file} : « groups » doit être un objet comme {{"P": {{"id": "pub", "label": "Publics exposés"}}}}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="378" />
      <source>{file}: 'intermediates' must be a list.</source>
      <translation>{file} : « intermediates » doit être une liste.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="297" />
      <source>{file}: 'normalisation.decile_points' must list 10 numbers, one per decile.</source>
      <translation>{file} : « normalisation.decile_points » doit donner 10 nombres, un par décile.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="290" />
      <source>{file}: 'normalisation.winsorise' must be [low, high] percentiles between 0 and 1, low &lt; high (e.g. [0.05, 0.95]) or null.</source>
      <translation>{file} : « normalisation.winsorise » doit être [bas, haut], deux quantiles entre 0 et 1 avec bas &lt; haut (ex. [0.05, 0.95]), ou null.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="344" />
      <source>{file}: '{key}' = '{value}' is not a group declared in 'groups' ({choices}).</source>
      <translation>{file} : « {key} » = « {value} » n'est pas un groupe déclaré dans « groups » ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="247" />
      <source>{file}: '{key}' = '{value}' is not a valid id (pattern {pattern}).</source>
      <translation>{file} : « {key} » = « {value} » n'est pas un identifiant valide (motif {pattern}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="225" />
      <source>{file}: '{key}' = {value} is out of range ({low} to {high}).</source>
      <translation>{file} : « {key} » = {value} est hors limites ({low} à {high}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="258" />
      <source>{file}: '{key}' must be "+" (higher is more fragile) or "-".</source>
      <translation>{file} : « {key} » doit valoir "+" (plus élevé = plus fragile) ou "-".</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="354" />
      <source>{file}: '{key}' must be a list.</source>
      <translation>{file} : « {key} » doit être une liste.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="336" />
      <source>{file}: '{key}' must be a non-empty list.</source>
      <translation>{file} : « {key} » doit être une liste non vide.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="216" />
      <source>{file}: '{key}' must be a non-empty text.</source>
      <translation>{file} : « {key} » doit être un texte non vide.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="223" />
      <source>{file}: '{key}' must be a number.</source>
      <translation>{file} : « {key} » doit être un nombre.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="350" />
      <source>{file}: '{key}' must be a year such as 2019.</source>
      <translation>{file} : « {key} » doit être une année, par exemple 2019.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="232" />
      <source>{file}: '{key}' must be true or false.</source>
      <translation>{file} : « {key} » doit valoir true ou false.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="386" />
      <source>{file}: '{key}' must map axis ids to weights.</source>
      <translation>{file} : « {key} » doit associer des identifiants d'axes à des poids.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="389" />
      <source>{file}: '{key}' names an unknown axis '{value}'.</source>
      <translation>{file} : « {key} » désigne un axe inconnu « {value} ».</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="276" />
      <source>{file}: format_version {value} is not supported (expected {expected}).</source>
      <translation>{file} : format_version {value} n'est pas pris en charge ({expected} attendu).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="250" />
      <source>{file}: id '{value}' at '{key}' is used twice.</source>
      <translation>{file} : l'identifiant « {value} » en « {key} » est utilisé deux fois.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="371" />
      <source>{file}: the axis weights sum to {value}; at least one weight must be positive.</source>
      <translation>{file} : la somme des poids des axes vaut {value} ; au moins un poids doit être positif.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="303" />
      <source>Axis '{axis}' has no usable variable; it is left out of the composite and its weight shared by the others.</source>
      <translation>L'axe « {axis} » n'a aucune variable utilisable ; il n'entre pas dans l'indice composite et son poids est reporté sur les autres.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="186" />
      <source>The reference territory is empty: no unit matches it. Check the reference expression or leave it empty to use every unit.</source>
      <translation>Le territoire de référence est vide : aucune unité n'y correspond. Vérifiez l'expression ou laissez-la vide pour prendre toutes les unités.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="182" />
      <source>The unit layer has no feature to score.</source>
      <translation>La couche des unités ne contient aucune entité à calculer.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="41" />
      <source>The unit layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche des unités n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="122" />
      <source>Unit code(s) {codes} appear more than once in the layer; each unit must appear once (dissolve multi-part communes first).</source>
      <translation>Code(s) {codes} présent(s) plusieurs fois dans la couche ; chaque unité doit apparaître une seule fois (regroupez d'abord les communes en plusieurs parties).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="170" />
      <source>Variable '{variable}' has no value in the reference territory; it is left out of the axis.</source>
      <translation>La variable « {variable} » n'a aucune valeur dans le territoire de référence ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="168" />
      <source>Variable '{variable}' has the same value for every unit of the reference territory; it cannot rank units and is left out of the axis.</source>
      <translation>La variable « {variable} » a la même valeur pour toutes les unités du territoire de référence ; elle ne peut pas les classer et n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="256" />
      <source>Variable '{variable}' is absent from the data; its axis is computed from the variables present.</source>
      <translation>La variable « {variable} » est absente des données ; son axe est calculé avec les variables présentes.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="253" />
      <source>Variable '{variable}' uses a proxy: {source} ({note}).</source>
      <translation>La variable « {variable} » est approchée (proxy) : {source} ({note}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="172" />
      <source>Variable '{variable}': the reference value is 0, so the ratio to the reference is undefined; it is left out of the axis.</source>
      <translation>Variable « {variable} » : la valeur de référence est 0, le rapport à la référence n'est pas défini ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="111" />
      <source>{count} unit code(s) are not INSEE commune codes, e.g. {codes}; choose the field that holds the 5-character INSEE code.</source>
      <translation>{count} code(s) d'unité ne sont pas des codes INSEE de commune, par ex. {codes} ; choisissez le champ qui contient le code INSEE à 5 caractères.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="118" />
      <source>{count} unit(s) have no code (feature positions {rows}).</source>
      <translation>{count} unité(s) sans code (entités en position {rows}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="144" />
      <source>{file}: none of its codes (column '{column}', e.g. {codes}) matches a unit of the layer (e.g. {units}); check the code field and the COG vintage.</source>
      <translation>{file} : aucun de ses codes (colonne « {column} », par ex. {codes}) ne correspond à une unité de la couche (par ex. {units}) ; vérifiez le champ du code et le millésime du COG.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="117" />
      <source>{file}: code(s) {codes} appear on several rows of column '{column}'; each unit must appear once.</source>
      <translation>{file} : code(s) {codes} sur plusieurs lignes de la colonne « {column} » ; chaque unité doit apparaître une seule fois.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="65" />
      <source>{file}: code(s) {codes} are both old and new codes (a chain or a cycle); give each old code its final code.</source>
      <translation>{file} : code(s) {codes} à la fois ancien(s) et nouveau(x) (chaîne ou cycle) ; donnez à chaque ancien code son code final.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="60" />
      <source>{file}: code(s) {codes} are mapped twice in the passage table.</source>
      <translation>{file} : code(s) {codes} présent(s) deux fois dans la table de passage.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="68" />
      <source>Table not found: {file}.</source>
      <translation>Table introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="80" />
      <source>{file} has a header but no rows.</source>
      <translation>{file} a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="41" />
      <source>{file} is empty.</source>
      <translation>{file} est vide.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="43" />
      <source>{file} is not a text table (binary content).</source>
      <translation>{file} n'est pas un tableau texte (contenu binaire).</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="76" />
      <source>{file}: cannot read the table: {reason}.</source>
      <translation>{file} : impossible de lire la table : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="122" />
      <source>{file}: column(s) {columns} not found; the table has: {available}.</source>
      <translation>{file} : colonne(s) {columns} introuvable(s) ; la table contient : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/tables.py" line="49" />
      <source>{file}: unknown text encoding (tried UTF-8 and Windows-1252).</source>
      <translation>{file} : encodage de texte inconnu (essayés : UTF-8 et Windows-1252).</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="85" />
      <source>Variable '{variable}': {count} unit(s) have a zero denominator ('{column}' in {file}); their value is missing, not 0.</source>
      <translation>Variable « {variable} » : {count} unité(s) ont un dénominateur nul (« {column} » dans {file}) ; leur valeur est manquante, pas 0.</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="71" />
      <source>{file}: column(s) {columns} bound to variable '{variable}' not found; the table has: {available}.</source>
      <translation>{file} : colonne(s) {columns} liée(s) à la variable « {variable} » introuvable(s) ; la table contient : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="183" />
      <source>Cannot export the atlas to {file}: {reason} (layout export error {code}).</source>
      <translation>Impossible d'exporter l'atlas vers {file} : {reason} (erreur d'export de mise en page {code}).</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="152" />
      <source>The filter expression {expression} is not valid: {reason}</source>
      <translation>L'expression de filtre {expression} n'est pas valide : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="158" />
      <source>The filter expression {expression} selects no page of the layout "{layout}": nothing was written. Check the expression (for example "epci" = '200071785').</source>
      <translation>L'expression de filtre {expression} ne retient aucune page de la mise en page « {layout} » : rien n'a été écrit. Vérifiez l'expression (par exemple "epci" = '200071785').</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="213" />
      <source>{count} file(s) already exist in {file}, for example {example}; choose another folder or name, or allow overwriting.</source>
      <translation>{count} fichier(s) existe(nt) déjà dans {file}, par exemple {example} ; choisissez un autre dossier ou un autre nom, ou autorisez l'écrasement.</translation>
    </message>
    <message>
      <location filename="../../gis/epci_coverage.py" line="62" />
      <source>No commune of {layer} has an EPCI code in field '{field}': the EPCI pages cannot be built.</source>
      <translation>Aucune commune de {layer} n'a de code EPCI dans le champ « {field} » : les pages des EPCI ne peuvent pas être construites.</translation>
    </message>
    <message>
      <location filename="../../gis/epci_coverage.py" line="57" />
      <source>The layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="255" />
      <source>Cannot open {file} as a vector layer.</source>
      <translation>Impossible d'ouvrir {file} comme couche vecteur.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="265" />
      <source>Cannot open {file} to write table '{table}'.</source>
      <translation>Impossible d'ouvrir {file} pour écrire la table « {table} ».</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="214" />
      <source>Cannot write feature {fid} to {file}: {reason}.</source>
      <translation>Impossible d'écrire l'entité {fid} dans {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="111" />
      <source>Output folder {file} does not exist.</source>
      <translation>Le dossier de sortie {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="113" />
      <source>Output folder {file} is not writable; choose another folder.</source>
      <translation>Le dossier de sortie {file} n'est pas accessible en écriture ; choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="116" />
      <source>Output {file} already exists; choose another name or allow overwriting.</source>
      <translation>La sortie {file} existe déjà ; choisissez un autre nom ou autorisez l'écrasement.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="102" />
      <source>Output {file}: the format '{suffix}' is not supported; use .gpkg (or .shp, .geojson, .fgb).</source>
      <translation>Sortie {file} : le format « {suffix} » n'est pas pris en charge ; utilisez .gpkg (ou .shp, .geojson, .fgb).</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="147" />
      <source>Cannot read the layout template {file}: {reason}.</source>
      <translation>Impossible de lire le modèle de mise en page {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="98" />
      <source>Layer {layer} has no field {field}; its fields are: {available}.</source>
      <translation>La couche {layer} n'a pas de champ {field} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="105" />
      <source>Layer {layer} has no index field {fields}: it is not an output of "Compute the digital fragility index". Compute the index and use its output layer.</source>
      <translation>La couche {layer} n'a pas le champ d'indice {fields} : ce n'est pas une sortie de « Calculer l'indice de fragilité numérique ». Calculez l'indice et utilisez sa couche de sortie.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="95" />
      <source>The layer to put in the atlas cannot be found or is not valid.</source>
      <translation>La couche à mettre dans l'atlas est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="155" />
      <source>The layout template {file} has no map item with the id 'carte'; give the main map that id in the layout designer.</source>
      <translation>Le modèle de mise en page {file} n'a pas de carte d'identifiant « carte » ; donnez cet identifiant à la carte principale dans l'éditeur de mise en page.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="152" />
      <source>{file} is not a QGIS layout template (.qpt); save one from the layout designer (Layout ▸ Save as Template).</source>
      <translation>{file} n'est pas un modèle de mise en page QGIS (.qpt) ; enregistrez-en un depuis l'éditeur de mise en page (Mise en page ▸ Enregistrer comme modèle).</translation>
    </message>
    <message>
      <location filename="../../gis/project.py" line="58" />
      <source>Cannot write the project {file}.</source>
      <translation>Impossible d'écrire le projet {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/render.py" line="101" />
      <source>Cannot export the map to {file} (layout export error {code}).</source>
      <translation>Impossible d'exporter la carte vers {file} (erreur d'export de mise en page {code}).</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="111" />
      <source>The reference territory expression fails on feature {fid}: {reason}</source>
      <translation>L'expression du territoire de référence échoue sur l'entité {fid} : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="96" />
      <source>The reference territory expression is not valid: {reason}</source>
      <translation>L'expression du territoire de référence n'est pas valide : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/table_export.py" line="38" />
      <source>Output {file}: the table format '{suffix}' is not supported; use .csv or .xlsx.</source>
      <translation>Sortie {file} : le format de table « {suffix} » n'est pas pris en charge ; utilisez .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../../gis/table_export.py" line="70" />
      <source>The filter expression {expression} selects no feature of {layer}: nothing was written. Check the expression (for example "epci" = '200071785').</source>
      <translation>L'expression de filtre {expression} ne retient aucune entité de {layer} : rien n'a été écrit. Vérifiez l'expression (par exemple "epci" = '200071785').</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="53" />
      <source>&amp;Digital fragility</source>
      <translation>&amp;Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="71" />
      <source>Compute the digital fragility index…</source>
      <translation>Calculer l'indice de fragilité numérique…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="77" />
      <source>Digital fragility help</source>
      <translation>Aide de Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="73" />
      <source>Export the atlas…</source>
      <translation>Exporter l'atlas…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="75" />
      <source>Export the table for spreadsheets…</source>
      <translation>Exporter la table pour tableur…</translation>
    </message>
  </context>
</TS>
