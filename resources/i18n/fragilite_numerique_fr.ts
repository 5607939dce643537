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
      <location filename="../../algorithms/provider.py" line="25" />
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
      <location filename="../../core/binding_draft.py" line="60" />
      <source>Variable '{variable}' has no column yet: choose its table and column before marking it real or proxy.</source>
      <translation>La variable « {variable} » n'a pas encore de colonne : choisissez sa table et sa colonne avant de la marquer réelle ou approchée.</translation>
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
      <location filename="../../gis/layer_io.py" line="197" />
      <source>Cannot create {file}: {reason}.</source>
      <translation>Impossible de créer {file} : {reason}.</translation>
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
      <location filename="../../gis/layer_io.py" line="61" />
      <source>The layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/locator.py" line="101" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../gis/locator.py" line="84" />
      <source>Digital fragility: communes</source>
      <translation>Fragilité numérique : communes</translation>
    </message>
    <message>
      <location filename="../../gis/project.py" line="58" />
      <source>Cannot write the project {file}.</source>
      <translation>Impossible d'écrire le projet {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="259" />
      <source>Cannot read the configuration file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de configuration {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="239" />
      <source>Cannot write {file}: {reason}.</source>
      <translation>Impossible d'écrire {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="254" />
      <source>Configuration file not found: {file}.</source>
      <translation>Fichier de configuration introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="169" />
      <source>{file}: 'parameters.min_share' must be a number above 0 and at most 1 (e.g. 0.5), or null.</source>
      <translation>{file} : « parameters.min_share » doit être un nombre supérieur à 0 et au plus 1 (par exemple 0.5), ou null.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="178" />
      <source>{file}: 'parameters.weights' must map axis ids to numbers of at least 0 (e.g. {{"ax1": 1, "ax2": 2}}), or be null.</source>
      <translation>{file} : « parameters.weights » doit associer aux identifiants d'axes des nombres positifs ou nuls (par exemple {{"ax1": 1, "ax2": 2}}), ou être null.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="155" />
      <source>{file}: '{key}' must be a text.</source>
      <translation>{file} : « {key} » doit être un texte.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="224" />
      <source>{file}: '{key}' names {path}, which does not exist; correct the path or put the file back.</source>
      <translation>{file} : « {key} » désigne {path}, qui n'existe pas ; corrigez le chemin ou remettez le fichier en place.</translation>
    </message>
    <message>
      <location filename="../../gis/render.py" line="101" />
      <source>Cannot export the map to {file} (layout export error {code}).</source>
      <translation>Impossible d'exporter la carte vers {file} (erreur d'export de mise en page {code}).</translation>
    </message>
    <message>
      <location filename="../../gis/results.py" line="90" />
      <source>The display filter {} is not valid for the result layer; every unit is shown.</source>
      <translation>Le filtre d'affichage {} n'est pas valide pour la couche de résultats ; toutes les unités sont affichées.</translation>
    </message>
    <message>
      <location filename="../../gis/results.py" line="39" />
      <source>{file} has no description of its method (table ifn_metadata); compute the index again to get one.</source>
      <translation>{file} ne décrit pas sa méthode (table ifn_metadata) ; recalculez l'indice pour l'obtenir.</translation>
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
      <location filename="../../plugin.py" line="55" />
      <source>&amp;Digital fragility</source>
      <translation>&amp;Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="86" />
      <source>Compute the digital fragility index (Processing)…</source>
      <translation>Calculer l'indice de fragilité numérique (traitements)…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="88" />
      <source>Digital fragility help</source>
      <translation>Aide de Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="84" />
      <source>Export the atlas: needs the atlas module, which this version does not include yet.</source>
      <translation>Exporter l'atlas : nécessite le module atlas, que cette version ne contient pas encore.</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="80" />
      <source>Export the atlas…</source>
      <translation>Exporter l'atlas…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="77" />
      <source>Open the Digital fragility panel: territory, data, method, results</source>
      <translation>Ouvrir le panneau Fragilité numérique : territoire, données, méthode, résultats</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="78" />
      <source>Re-run the last configuration</source>
      <translation>Relancer le dernier calcul</translation>
    </message>
    <message>
      <location filename="../../ui/axis_chart.py" line="123" />
      <source>This unit</source>
      <translation>Cette unité</translation>
    </message>
    <message>
      <location filename="../../ui/axis_chart.py" line="128" />
      <source>mean of the reference territory</source>
      <translation>moyenne du territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="251" />
      <source>(no column)</source>
      <translation>(aucune colonne)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="75" />
      <source>A CSV table with an INSEE code column; its columns can then be bound to the variables below.</source>
      <translation>Une table CSV avec une colonne de codes INSEE ; ses colonnes peuvent ensuite être liées aux variables ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="285" />
      <source>Add a table</source>
      <translation>Ajouter une table</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="74" />
      <source>Add a table…</source>
      <translation>Ajouter une table…</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="68" />
      <source>Binding (*.json)</source>
      <translation>Liaison (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="70" />
      <source>Binding file</source>
      <translation>Fichier de liaison</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="110" />
      <source>Binding of the method's variables</source>
      <translation>Liaison des variables de la méthode</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="356" />
      <source>Binding saved to {}.</source>
      <translation>Liaison enregistrée dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="285" />
      <source>CSV tables (*.csv *.txt)</source>
      <translation>Tables CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="293" />
      <source>Choose a binding file (or the embedded data) before adding a table.</source>
      <translation>Choisissez un fichier de liaison (ou les données intégrées) avant d'ajouter une table.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="360" />
      <source>Choose a binding file that fits the method (step Data).</source>
      <translation>Choisissez un fichier de liaison adapté à la méthode (étape Données).</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="156" />
      <source>Choose the binding of the variables to the tables (JSON), or use the embedded data.</source>
      <translation>Choisissez la liaison des variables aux tables (JSON), ou utilisez les données intégrées.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="123" />
      <source>Codes without a unit</source>
      <translation>Codes sans unité</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="111" />
      <source>Each variable of the method takes its values from a table column. Change a status or a column here; the binding file itself is not modified.</source>
      <translation>Chaque variable de la méthode prend ses valeurs dans une colonne de table. Modifiez ici un statut ou une colonne ; le fichier de liaison lui-même n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="127" />
      <source>Join report</source>
      <translation>Rapport de jointure</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="73" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="123" />
      <source>Matched</source>
      <translation>Appariées</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="347" />
      <source>Save the binding as</source>
      <translation>Enregistrer la liaison sous</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="97" />
      <source>Save the binding as…</source>
      <translation>Enregistrer la liaison sous…</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="320" />
      <source>Select a table to see its first rows.</source>
      <translation>Sélectionnez une table pour voir ses premières lignes.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="73" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="90" />
      <source>Source column</source>
      <translation>Colonne source</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="90" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="73" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="80" />
      <source>Tables</source>
      <translation>Tables</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="62" />
      <source>The 3,789 communes of Hauts-de-France (2021) and the open data tables shipped with the plugin, bound to the Hauts-de-France 2021 method.</source>
      <translation>Les 3 789 communes des Hauts-de-France (2021) et les tables de données ouvertes livrées avec l'extension, liées à la méthode Hauts-de-France 2021.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="125" />
      <source>The join report appears after a run: for each table, the units that found their row and the codes that matched nothing.</source>
      <translation>Le rapport de jointure s'affiche après un calcul : pour chaque table, les unités qui ont trouvé leur ligne et les codes qui ne correspondent à rien.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="379" />
      <source>Units of the layer found in each table; hover a count to see the codes.</source>
      <translation>Unités de la couche trouvées dans chaque table ; survolez un nombre pour voir les codes.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="123" />
      <source>Units without a row</source>
      <translation>Unités sans ligne</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="61" />
      <source>Use the embedded Hauts-de-France data</source>
      <translation>Utiliser les données Hauts-de-France intégrées</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="73" />
      <source>Year</source>
      <translation>Millésime</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="303" />
      <source>{}: no column holds INSEE commune codes (5 characters, e.g. 59350); add a code column to the table.</source>
      <translation>{} : aucune colonne ne contient de codes INSEE de communes (5 caractères, par exemple 59350) ; ajoutez une colonne de codes à la table.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="332" />
      <source>{}: {} rows, {} columns; the first {}:</source>
      <translation>{} : {} lignes, {} colonnes ; les {} premières :</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="106" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="104" />
      <source>Compute the index</source>
      <translation>Calculer l'indice</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="532" />
      <source>Compute the index to see the fiche of {}.</source>
      <translation>Calculez l'indice pour voir la fiche de {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="379" />
      <source>Computing… the map stays usable; Cancel stops the run and writes nothing.</source>
      <translation>Calcul en cours… la carte reste utilisable ; Annuler arrête le calcul sans rien écrire.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="213" />
      <source>Configuration (*.json)</source>
      <translation>Configuration (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="225" />
      <source>Configuration loaded from {}.</source>
      <translation>Configuration chargée depuis {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="242" />
      <source>Configuration saved to {}.</source>
      <translation>Configuration enregistrée dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="96" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="420" />
      <source>Digital fragility index ({})</source>
      <translation>Indice de fragilité numérique ({})</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="375" />
      <source>Digital fragility index of {}</source>
      <translation>Indice de fragilité numérique de {}</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="300" />
      <source>Embedded data loaded: {} communes of Hauts-de-France and the open data tables bound to the Hauts-de-France 2021 method.</source>
      <translation>Données intégrées chargées : {} communes des Hauts-de-France et les tables de données ouvertes liées à la méthode Hauts-de-France 2021.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="289" />
      <source>Hauts-de-France communes (2021)</source>
      <translation>Communes des Hauts-de-France (2021)</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="429" />
      <source>Index computed for {} units ({} in the reference territory); {} proxy and {} absent variables, see the summary.</source>
      <translation>Indice calculé pour {} unités ({} dans le territoire de référence) ; {} variables approchées et {} absentes, voir la synthèse.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="212" />
      <source>Load a configuration</source>
      <translation>Charger une configuration</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="97" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="544" />
      <source>No previous run to repeat: set up the steps of the dock, then compute.</source>
      <translation>Aucun calcul précédent à relancer : renseignez les étapes du panneau, puis calculez.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="97" />
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="230" />
      <source>Save the configuration</source>
      <translation>Enregistrer la configuration</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="96" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="406" />
      <source>The run failed on an unexpected error; the details are in the message log ({}).</source>
      <translation>Le calcul a échoué sur une erreur inattendue ; le détail est dans le journal des messages ({}).</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="197" />
      <source>The unit layer {} of the configuration cannot be opened; choose the layer in step Territory.</source>
      <translation>La couche d'unités {} de la configuration ne peut pas être ouverte ; choisissez la couche à l'étape Territoire.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="354" />
      <source>{} is open in the project; remove its layer or choose another output file (step Results).</source>
      <translation>{} est ouvert dans le projet ; retirez sa couche ou choisissez un autre fichier de sortie (étape Résultats).</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="419" />
      <source>{} – method {}</source>
      <translation>{} – méthode {}</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="196" />
      <source>As in the method: {}</source>
      <translation>Comme dans la méthode : {}</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="102" />
      <source>Axis weights</source>
      <translation>Poids des axes</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="173" />
      <source>Choose a method file (JSON).</source>
      <translation>Choisissez un fichier de méthode (JSON).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="287" />
      <source>Choose a valid method file (step Method).</source>
      <translation>Choisissez un fichier de méthode valide (étape Méthode).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="116" />
      <source>Configuration file</source>
      <translation>Fichier de configuration</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="74" />
      <source>Custom method file…</source>
      <translation>Fichier de méthode personnalisé…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="50" />
      <source>Decile points (−3 to +3)</source>
      <translation>Points de déciles (−3 à +3)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="289" />
      <source>Give at least one axis a weight above 0 (step Method).</source>
      <translation>Donnez à au moins un axe un poids supérieur à 0 (étape Méthode).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="113" />
      <source>Load a configuration file: every step of the dock is set from it.</source>
      <translation>Charger un fichier de configuration : toutes les étapes du panneau en sont renseignées.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="55" />
      <source>Mean of the variables present</source>
      <translation>Moyenne des variables présentes</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="77" />
      <source>Method (*.json)</source>
      <translation>Méthode (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="101" />
      <source>Method's weights</source>
      <translation>Poids de la méthode</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="46" />
      <source>Min-max over the reference (1 = most fragile)</source>
      <translation>Min-max sur la référence (1 = le plus fragile)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="95" />
      <source>Minimum share present</source>
      <translation>Part minimale présente</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="90" />
      <source>Normalisation and missing values</source>
      <translation>Normalisation et valeurs manquantes</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="112" />
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="48" />
      <source>Percentile rank</source>
      <translation>Rang centile</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="47" />
      <source>Ratio to the reference rate (base 100)</source>
      <translation>Rapport au taux de référence (base 100)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="115" />
      <source>Save the current steps of the dock as a configuration file.</source>
      <translation>Enregistrer les étapes actuelles du panneau dans un fichier de configuration.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="114" />
      <source>Save…</source>
      <translation>Enregistrer…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="256" />
      <source>Sum of the weights: 0; give at least one axis a weight.</source>
      <translation>Somme des poids : 0 ; donnez un poids à au moins un axe.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="253" />
      <source>Sum of the weights: {}; each axis counts for its weight divided by the sum.</source>
      <translation>Somme des poids : {} ; chaque axe compte pour son poids divisé par la somme.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="117" />
      <source>The layer, territory, method, binding and parameters in one JSON file, to share or to run again.</source>
      <translation>La couche, le territoire, la méthode, la liaison et les paramètres dans un fichier JSON, à partager ou à relancer.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="88" />
      <source>Under the "mean of the variables present" rule, an axis gets a score only when at least this share of its variables has a value.</source>
      <translation>Avec la règle « moyenne des variables présentes », un axe n'a un score que si au moins cette part de ses variables a une valeur.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="54" />
      <source>Value of the EPCI, then the department, then the reference territory</source>
      <translation>Valeur de l'EPCI, puis du département, puis du territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="49" />
      <source>Z-score</source>
      <translation>Score z</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="173" />
      <source>&lt;b&gt;{}&lt;/b&gt; units scored, &lt;b&gt;{}&lt;/b&gt; in the reference territory.</source>
      <translation>&lt;b&gt;{}&lt;/b&gt; unités calculées, dont &lt;b&gt;{}&lt;/b&gt; dans le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="183" />
      <source>Absent from the data ({}): {}.</source>
      <translation>Absentes des données ({}) : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="234" />
      <source>Axes</source>
      <translation>Axes</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="62" />
      <source>Axis score {} (mean of the reference territory: {}).</source>
      <translation>Score de l'axe {} (moyenne du territoire de référence : {}).</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="110" />
      <source>Click a unit to open its fiche.</source>
      <translation>Cliquez sur une unité pour ouvrir sa fiche.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="232" />
      <source>Composite index</source>
      <translation>Indice composite</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="175" />
      <source>Coverage: on average {} of the variables observed; {} units have every variable observed.</source>
      <translation>Couverture : en moyenne {} des variables observées ; {} unités ont toutes leurs variables observées.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="20" />
      <source>EPCI mean</source>
      <translation>moyenne de l'EPCI</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="20" />
      <source>EPCI value (table)</source>
      <translation>valeur de l'EPCI (table)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="128" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="102" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="178" />
      <source>Imputed variables: {}.</source>
      <translation>Variables imputées : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="223" />
      <source>Index {}: rank {} of {} (1 = most fragile), decile {}.</source>
      <translation>Indice {} : rang {} sur {} (1 = la plus fragile), décile {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="227" />
      <source>Index {}; outside the reference territory, so without a rank.</source>
      <translation>Indice {} ; hors du territoire de référence, donc sans rang.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="146" />
      <source>Leave empty to write a new GeoPackage in {}.</source>
      <translation>Laissez vide pour écrire un nouveau GeoPackage dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="115" />
      <source>Name or INSEE code of a unit</source>
      <translation>Nom ou code INSEE d'une unité</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="181" />
      <source>No value was imputed.</source>
      <translation>Aucune valeur n'a été imputée.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="229" />
      <source>Observed variables: {}.</source>
      <translation>Variables observées : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="104" />
      <source>Output file</source>
      <translation>Fichier de sortie</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="109" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="151" />
      <source>Run the computation (button below) to see the summary and the fiches.</source>
      <translation>Lancez le calcul (bouton ci-dessous) pour voir la synthèse et les fiches.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="213" />
      <source>Select a unit on the map, in the list above, or type its name here.</source>
      <translation>Sélectionnez une unité sur la carte, dans la liste ci-dessus, ou tapez son nom ici.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="235" />
      <source>Sub-indices</source>
      <translation>Sous-indices</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="111" />
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="186" />
      <source>The {} most fragile units:</source>
      <translation>Les {} unités les plus fragiles :</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="109" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="22" />
      <source>absent from the data</source>
      <translation>absente des données</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="80" />
      <source>contribution {}</source>
      <translation>contribution {}</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="21" />
      <source>department mean</source>
      <translation>moyenne du département</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="21" />
      <source>department value (table)</source>
      <translation>valeur du département (table)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="22" />
      <source>missing</source>
      <translation>manquante</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="20" />
      <source>observed</source>
      <translation>observée</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="78" />
      <source>rank {} of {}</source>
      <translation>rang {} sur {}</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="22" />
      <source>reference territory mean</source>
      <translation>moyenne du territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="179" />
      <source>{} ({} units)</source>
      <translation>{} ({} unités)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="85" />
      <source>{}: normalised score {}.</source>
      <translation>{} : score normalisé {}.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="254" />
      <source>Choose the field of the INSEE codes (step Territory).</source>
      <translation>Choisissez le champ des codes INSEE (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="256" />
      <source>Choose the field that defines the reference territory (step Territory).</source>
      <translation>Choisissez le champ qui définit le territoire de référence (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="147" />
      <source>Choose the layer of the units to score (communes, with their INSEE code), or use the embedded Hauts-de-France data (step Data).</source>
      <translation>Choisissez la couche des unités à évaluer (communes, avec leur code INSEE), ou utilisez les données Hauts-de-France intégrées (étape Données).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="251" />
      <source>Choose the unit layer (step Territory).</source>
      <translation>Choisissez la couche des unités (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="62" />
      <source>Department</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="159" />
      <source>Detected: INSEE codes in &lt;b&gt;{}&lt;/b&gt;; {} units.</source>
      <translation>Détecté : codes INSEE dans &lt;b&gt;{}&lt;/b&gt; ; {} unités.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="105" />
      <source>Display filter</source>
      <translation>Filtre d'affichage</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="61" />
      <source>EPCI code</source>
      <translation>Code EPCI</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="90" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="59" />
      <source>INSEE code</source>
      <translation>Code INSEE</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="58" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="84" />
      <source>Minimum, maximum and reference rates are taken over these units, and the ranks are given among them.</source>
      <translation>Les minimums, maximums et taux de référence sont pris sur ces unités, et les rangs sont donnés parmi elles.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="60" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="162" />
      <source>No field of this layer holds INSEE commune codes (5 characters, e.g. 59350 or 2A004); choose the code field.</source>
      <translation>Aucun champ de cette couche ne contient de codes INSEE de communes (5 caractères, par exemple 59350 ou 2A004) ; choisissez le champ du code.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="102" />
      <source>Optional: only these units are shown in the result layer, for example the communes of one EPCI. Scores and ranks still use the reference territory.</source>
      <translation>Facultatif : seules ces unités sont affichées dans la couche de résultats, par exemple les communes d'un EPCI. Les scores et les rangs restent calculés sur le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="83" />
      <source>Reference territory</source>
      <translation>Territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="65" />
      <source>The EPCI and department codes let a missing value take the value of the EPCI, then of the department. The layer is only read, never modified.</source>
      <translation>Les codes EPCI et département permettent à une valeur manquante de prendre la valeur de l'EPCI, puis du département. La couche est seulement lue, jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="259" />
      <source>The expression {} is not valid: {}</source>
      <translation>L'expression {} n'est pas valide : {}</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="69" />
      <source>The whole layer</source>
      <translation>Toute la couche</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="204" />
      <source>This expression is not valid: {}</source>
      <translation>Cette expression n'est pas valide : {}</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="56" />
      <source>Units</source>
      <translation>Unités</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="71" />
      <source>Units matching an expression</source>
      <translation>Unités répondant à une expression</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="70" />
      <source>Units where a field has a value</source>
      <translation>Unités où un champ a une valeur</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="91" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="196" />
      <source>{} of {} units are in the reference territory.</source>
      <translation>{} unités sur {} sont dans le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="75" />
      <source>Absent</source>
      <translation>Absente</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="81" />
      <source>No data: the axis is computed from its other variables.</source>
      <translation>Pas de données : l'axe est calculé avec ses autres variables.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="75" />
      <source>Proxy</source>
      <translation>Approchée</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="75" />
      <source>Real</source>
      <translation>Réelle</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="80" />
      <source>The closest open variable; reported as a proxy in the results.</source>
      <translation>La variable ouverte la plus proche ; signalée comme approchée dans les résultats.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="79" />
      <source>The variable of the method, from the bound table.</source>
      <translation>La variable de la méthode, issue de la table liée.</translation>
    </message>
  </context>
</TS>
