<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>fragilite_numerique</name>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="81" />
      <source>&lt;p&gt;Gives a scored layer one map style per indicator: the composite index, each axis and each sub-index (graduated, light = less fragile, legend in French number format such as "0,42 – 0,57") and the typologies when the layer has them (categorised). Units without value are shown in their own hatched grey class.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classification&lt;/b&gt;: natural breaks (exact Fisher-Jenks on every value, the same on every run), quantiles, equal intervals, or your own class limits (e.g. &lt;code&gt;0.2; 0.4; 0.6&lt;/code&gt;; a first limit below the minimum or a last one above the maximum close the classes). With fewer distinct values than classes, each value gets its own class and the log says so.&lt;/p&gt;&lt;p&gt;The styles become named styles of the layer (Layer properties → Style), the composite index is shown, and the project gets one &lt;b&gt;map theme&lt;/b&gt; per style, so a print layout can show several maps of the same layer side by side. The layer's data are not modified. If the layer is a GeoPackage written by this plugin, the styles are also saved in it (default: composite index); choose a folder to get a QML file per style.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Donne à une couche de l'indice un style de carte par indicateur : l'indice composite, chaque axe et chaque sous-indice (en classes graduées, clair = moins fragile, légende au format numérique français comme « 0,42 – 0,57 ») et les typologies quand la couche les contient (catégories). Les unités sans valeur ont leur propre classe, grise hachurée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classification&lt;/b&gt; : seuils naturels (Fisher-Jenks exact sur toutes les valeurs, identique à chaque exécution), quantiles, intervalles égaux, ou vos propres limites de classes (p. ex. &lt;code&gt;0.2; 0.4; 0.6&lt;/code&gt; ; une première limite sous le minimum ou une dernière au-dessus du maximum ferment les classes). S'il y a moins de valeurs distinctes que de classes, chaque valeur a sa classe et le journal le signale.&lt;/p&gt;&lt;p&gt;Les styles deviennent des styles nommés de la couche (Propriétés de la couche → Style), l'indice composite est affiché, et le projet reçoit un &lt;b&gt;thème de carte&lt;/b&gt; par style, pour qu'une mise en page puisse montrer côte à côte plusieurs cartes de la même couche. Les données de la couche ne sont pas modifiées. Si la couche est un GeoPackage écrit par ce plugin, les styles y sont aussi enregistrés (par défaut : indice composite) ; choisissez un dossier pour obtenir un fichier QML par style.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="74" />
      <source>Apply the styles</source>
      <translation>Appliquer les styles</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="162" />
      <source>Cannot write the QML files: {}</source>
      <translation>Impossible d'écrire les fichiers QML : {}</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="106" />
      <source>Class limits (e.g. 0.2; 0.4; 0.6)</source>
      <translation>Limites de classes (p. ex. 0.2; 0.4; 0.6)</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="101" />
      <source>Class limits given below</source>
      <translation>Limites de classes indiquées ci-dessous</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="127" />
      <source>Class limits: "{}" is not a number; write for example 0.2; 0.4; 0.6.</source>
      <translation>Limites de classes : « {} » n'est pas un nombre ; écrivez par exemple 0.2; 0.4; 0.6.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="99" />
      <source>Classification</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="100" />
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="113" />
      <source>Folder for QML copies of the styles</source>
      <translation>Dossier des copies QML des styles</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="130" />
      <source>Give the class limits (e.g. 0.2; 0.4; 0.6) or choose another classification.</source>
      <translation>Indiquez les limites de classes (p. ex. 0.2; 0.4; 0.6) ou choisissez une autre classification.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="108" />
      <source>Method file (JSON; empty = the one stored with the layer)</source>
      <translation>Fichier de méthode (JSON ; vide = celle enregistrée avec la couche)</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="100" />
      <source>Natural breaks (Jenks)</source>
      <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="103" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="116" />
      <source>Number of styles</source>
      <translation>Nombre de styles</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="100" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="111" />
      <source>Save the styles in the layer's GeoPackage (outputs of this plugin only)</source>
      <translation>Enregistrer les styles dans le GeoPackage de la couche (sorties de ce plugin uniquement)</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="97" />
      <source>Scored layer</source>
      <translation>Couche de l'indice</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="115" />
      <source>Styled layer</source>
      <translation>Couche stylée</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="151" />
      <source>Styles saved in {}.</source>
      <translation>Styles enregistrés dans {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="121" />
      <source>The layer cannot be found or is not valid.</source>
      <translation>La couche est introuvable ou n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="163" />
      <source>{} QML files written in {}.</source>
      <translation>{} fichiers QML écrits dans {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="153" />
      <source>{} is not a GeoPackage written by this plugin: the styles are not saved in it (choose a QML folder to keep them).</source>
      <translation>{} n'est pas un GeoPackage écrit par ce plugin : les styles n'y sont pas enregistrés (choisissez un dossier QML pour les conserver).</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="146" />
      <source>{} map themes added to the project.</source>
      <translation>{} thèmes de carte ajoutés au projet.</translation>
    </message>
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
      <location filename="../../algorithms/cluster_typology.py" line="24" />
      <source>&lt;p&gt;Groups the units by their profile on the axes of the index with Ward's hierarchical clustering (CAH) on the axis scores, then cuts the tree into the chosen &lt;b&gt;number of classes&lt;/b&gt;. Classes are numbered by increasing mean composite index (1 = least fragile) and named from their profile, e.g. "high fragility, driven by axes 1 and 3": an axis is named when its class mean is at least half a standard deviation above the mean of all units.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Choosing the number of classes&lt;/b&gt;: the log lists, for 2 to 10 classes, the inertia gained by each additional class and the share of inertia explained; pick a number after which the gains drop. Units without every axis score get no class.&lt;/p&gt;&lt;p&gt;Above 5,000 units, Ward runs on 300 k-means centres (as HCPC does) and each unit takes its centre's class, so that 35,000 communes fit in little memory. The &lt;b&gt;seed&lt;/b&gt; fixes the k-means start: the same seed gives the same classes.&lt;/p&gt;&lt;p&gt;The input is not modified: the result is a &lt;b&gt;new layer&lt;/b&gt; with &lt;code&gt;ifn_cah&lt;/code&gt; (class) and &lt;code&gt;ifn_cahl&lt;/code&gt; (label), every map style of the index stored in the GeoPackage (default: this typology) and one map theme per style once loaded. The &lt;b&gt;class profiles&lt;/b&gt; table gives, for each class, its size, share, population (if a population field is given) and the mean of the composite, the axes and the sub-indices.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Regroupe les unités selon leur profil sur les axes de l'indice par classification ascendante hiérarchique (CAH, méthode de Ward) sur les scores des axes, puis coupe l'arbre au &lt;b&gt;nombre de classes&lt;/b&gt; choisi. Les classes sont numérotées par indice composite moyen croissant (1 = la moins fragile) et nommées d'après leur profil, p. ex. « fragilité élevée, portée par les axes 1 et 3 » : un axe est cité quand sa moyenne dans la classe dépasse d'au moins un demi-écart-type la moyenne de toutes les unités.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Choisir le nombre de classes&lt;/b&gt; : le journal donne, de 2 à 10 classes, l'inertie gagnée par chaque classe supplémentaire et la part d'inertie expliquée ; retenez le nombre après lequel les gains chutent. Les unités sans tous les scores d'axe n'ont pas de classe.&lt;/p&gt;&lt;p&gt;Au-delà de 5 000 unités, la CAH porte sur 300 centres de k-moyennes (comme HCPC) et chaque unité prend la classe de son centre, si bien que 35 000 communes tiennent dans peu de mémoire. La &lt;b&gt;graine&lt;/b&gt; fixe le départ des k-moyennes : même graine, mêmes classes.&lt;/p&gt;&lt;p&gt;L'entrée n'est pas modifiée : le résultat est une &lt;b&gt;nouvelle couche&lt;/b&gt; avec &lt;code&gt;ifn_cah&lt;/code&gt; (classe) et &lt;code&gt;ifn_cahl&lt;/code&gt; (libellé), tous les styles de carte de l'indice enregistrés dans le GeoPackage (par défaut : cette typologie) et un thème de carte par style une fois chargée. La table des &lt;b&gt;profils des classes&lt;/b&gt; donne pour chaque classe son effectif, sa part, sa population (si un champ de population est indiqué) et la moyenne de l'indice composite, des axes et des sous-indices.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/cluster_typology.py" line="48" />
      <source>Seed (k-means start, large layers)</source>
      <translation>Graine (départ des k-moyennes, grandes couches)</translation>
    </message>
    <message>
      <location filename="../../algorithms/cluster_typology.py" line="21" />
      <source>Statistical typology (Ward)</source>
      <translation>Typologie statistique (CAH)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="61" />
      <source>&lt;p&gt;Computes the digital fragility index of every unit (commune, EPCI, IRIS) of the layer: the method's variables are read from the tables of the binding, joined on the INSEE code, imputed where needed (value of the EPCI, then of the department, then of the reference territory, always flagged), normalised over the reference territory and aggregated into four axes, a composite index and two sub-indices ("publics exposés", "aménagement").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unit layer&lt;/b&gt;: it is never modified; the result is a new layer (GeoPackage by default) with the index style and an &lt;i&gt;ifn_metadata&lt;/i&gt; table describing the method, the parameters, the sources, the proxy and absent variables.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: a JSON file (Hauts-de-France 2021 by default) you can copy and edit. &lt;b&gt;Binding&lt;/b&gt;: a JSON file linking each variable to a table and a column (by default the embedded Hauts-de-France open data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference territory&lt;/b&gt;: an expression choosing the units over which minimum, maximum and reference rates are taken (empty = every unit), for example &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Fields written: &lt;code&gt;ifn&lt;/code&gt; (composite index), &lt;code&gt;ifn_ax1&lt;/code&gt; to &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; and &lt;code&gt;ifn_amg&lt;/code&gt; (sub-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (share of observed variables), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, and for each variable &lt;code&gt;v_&lt;/code&gt; (value), &lt;code&gt;i_&lt;/code&gt; (origin: obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) and &lt;code&gt;c_&lt;/code&gt; (contribution to the index).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule l'indice de fragilité numérique de chaque unité (commune, EPCI, IRIS) de la couche : les variables de la méthode sont lues dans les tables de la liaison, jointes par code INSEE, imputées si besoin (valeur de l'EPCI, puis du département, puis du territoire de référence, toujours signalée), normalisées sur le territoire de référence et agrégées en quatre axes, un indice composite et deux sous-indices (« publics exposés », « aménagement »).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche des unités&lt;/b&gt; : elle n'est jamais modifiée ; le résultat est une nouvelle couche (GeoPackage par défaut) avec le style de l'indice et une table &lt;i&gt;ifn_metadata&lt;/i&gt; qui décrit la méthode, les paramètres, les sources, les variables approchées et absentes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : fichier JSON (Hauts-de-France 2021 par défaut), copiable et modifiable. &lt;b&gt;Liaison&lt;/b&gt; : fichier JSON qui relie chaque variable à une table et une colonne (par défaut les données ouvertes Hauts-de-France intégrées).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Territoire de référence&lt;/b&gt; : expression qui choisit les unités sur lesquelles sont pris minimum, maximum et taux de référence (vide = toutes les unités), par exemple &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Champs écrits : &lt;code&gt;ifn&lt;/code&gt; (indice composite), &lt;code&gt;ifn_ax1&lt;/code&gt; à &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; et &lt;code&gt;ifn_amg&lt;/code&gt; (sous-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (part des variables observées), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, et pour chaque variable &lt;code&gt;v_&lt;/code&gt; (valeur), &lt;code&gt;i_&lt;/code&gt; (origine : obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) et &lt;code&gt;c_&lt;/code&gt; (contribution à l'indice).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="104" />
      <source>As in the method</source>
      <translation>Selon la méthode</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="116" />
      <source>Axis weights (e.g. ax1=1; ax2=2; empty = the method's)</source>
      <translation>Poids des axes (ex. ax1=1; ax2=2 ; vide = ceux de la méthode)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="97" />
      <source>Binding of variables to tables (JSON)</source>
      <translation>Liaison des variables aux tables (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="132" />
      <source>Cannot read the axis weights "{}"; write for example ax1=1; ax2=2.</source>
      <translation>Poids des axes illisibles : « {} ». Écrivez par exemple ax1=1; ax2=2.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="58" />
      <source>Compute the digital fragility index</source>
      <translation>Calculer l'indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="91" />
      <source>Department code field, for imputation</source>
      <translation>Champ du code département, pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="120" />
      <source>Digital fragility index</source>
      <translation>Indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="88" />
      <source>EPCI code field (SIREN), for imputation</source>
      <translation>Champ du code EPCI (SIREN), pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="86" />
      <source>INSEE code field</source>
      <translation>Champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="94" />
      <source>Method file (JSON)</source>
      <translation>Fichier de méthode (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="111" />
      <source>Minimum share of variables present per axis ("available" rule)</source>
      <translation>Part minimale de variables présentes par axe (règle « available »)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="106" />
      <source>Missing values</source>
      <translation>Valeurs manquantes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="103" />
      <source>Normalisation</source>
      <translation>Normalisation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="100" />
      <source>Reference territory (expression; empty = every unit)</source>
      <translation>Territoire de référence (expression ; vide = toutes les unités)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="125" />
      <source>The unit layer cannot be found or is not valid.</source>
      <translation>La couche des unités est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="84" />
      <source>Unit layer (communes)</source>
      <translation>Couche des unités (communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="108" />
      <source>available: mean of the variables present</source>
      <translation>available : moyenne des variables présentes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="107" />
      <source>parent: value of the EPCI, the department, the reference</source>
      <translation>parent : valeur de l'EPCI, du département, de la référence</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="158" />
      <source>{} units scored ({} in the reference territory).</source>
      <translation>{} unités calculées ({} dans le territoire de référence).</translation>
    </message>
    <message>
      <location filename="../../algorithms/policy_typology.py" line="50" />
      <source>"Exposed publics" sub-index field (empty = the method's)</source>
      <translation>Champ du sous-indice « publics exposés » (vide = celui de la méthode)</translation>
    </message>
    <message>
      <location filename="../../algorithms/policy_typology.py" line="53" />
      <source>"Infrastructure" sub-index field (empty = the method's)</source>
      <translation>Champ du sous-indice « aménagement » (vide = celui de la méthode)</translation>
    </message>
    <message>
      <location filename="../../algorithms/policy_typology.py" line="23" />
      <source>&lt;p&gt;Crosses the two sub-indices of the index, "publics exposés" (exposed publics) and "aménagement" (infrastructure), to tell which territories call for mediation and which for equipment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2 × 2&lt;/b&gt;, cut at the medians of the reference territory: &lt;i&gt;cumulative issues&lt;/i&gt; (both high), &lt;i&gt;mediation issues&lt;/i&gt; (publics high, infrastructure low), &lt;i&gt;infrastructure issues&lt;/i&gt; (infrastructure high, publics low), &lt;i&gt;lower fragility&lt;/i&gt; (both low). &lt;b&gt;3 × 3&lt;/b&gt;, cut at its terciles, mapped with a bivariate palette. Units equal to a cut point all go to the same side, the one that keeps the classes closest to equal shares (it matters when many units share a value); a unit without one of the sub-indices gets no class and shows as "no value".&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference territory&lt;/b&gt;: the units flagged &lt;code&gt;ifn_ref&lt;/code&gt; = 1 by the index (the territory it was computed against), or an expression of yours; empty when the layer has no &lt;code&gt;ifn_ref&lt;/code&gt; field = every unit.&lt;/p&gt;&lt;p&gt;The input is not modified: the result is a &lt;b&gt;new layer&lt;/b&gt; with the fields &lt;code&gt;ifn_typ&lt;/code&gt; (2 × 2 code: first digit infrastructure level, second digit publics level), &lt;code&gt;ifn_typl&lt;/code&gt; (its label), &lt;code&gt;ifn_t9&lt;/code&gt; and &lt;code&gt;ifn_t9l&lt;/code&gt; (3 × 3), with every map style of the index stored in the GeoPackage (default: the 2 × 2 typology) and one map theme per style once loaded. The &lt;b&gt;class profiles&lt;/b&gt; table gives, for each class, the number of units, their share, the population (if a population field is given) and the mean of the composite, the axes and the sub-indices.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Croise les deux sous-indices de l'indice, « publics exposés » et « aménagement », pour distinguer les territoires qui appellent de la médiation de ceux qui appellent des équipements.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2 × 2&lt;/b&gt;, coupé aux médianes du territoire de référence : &lt;i&gt;cumul des enjeux&lt;/i&gt; (les deux élevés), &lt;i&gt;enjeux de médiation&lt;/i&gt; (publics élevé, aménagement faible), &lt;i&gt;enjeux d'aménagement&lt;/i&gt; (aménagement élevé, publics faible), &lt;i&gt;fragilité moindre&lt;/i&gt; (les deux faibles). &lt;b&gt;3 × 3&lt;/b&gt;, coupé à ses terciles, cartographié avec une palette bivariée. Les unités égales à un seuil vont toutes du même côté, celui qui garde les classes les plus proches de parts égales (utile quand beaucoup d'unités partagent une valeur) ; une unité sans l'un des sous-indices n'a pas de classe et apparaît « sans valeur ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Territoire de référence&lt;/b&gt; : les unités marquées &lt;code&gt;ifn_ref&lt;/code&gt; = 1 par l'indice (le territoire par rapport auquel il a été calculé), ou une expression de votre choix ; vide quand la couche n'a pas de champ &lt;code&gt;ifn_ref&lt;/code&gt; = toutes les unités.&lt;/p&gt;&lt;p&gt;L'entrée n'est pas modifiée : le résultat est une &lt;b&gt;nouvelle couche&lt;/b&gt; avec les champs &lt;code&gt;ifn_typ&lt;/code&gt; (code 2 × 2 : premier chiffre niveau d'aménagement, second niveau des publics), &lt;code&gt;ifn_typl&lt;/code&gt; (son libellé), &lt;code&gt;ifn_t9&lt;/code&gt; et &lt;code&gt;ifn_t9l&lt;/code&gt; (3 × 3), avec tous les styles de carte de l'indice enregistrés dans le GeoPackage (par défaut : la typologie 2 × 2) et un thème de carte par style une fois chargée. La table des &lt;b&gt;profils des classes&lt;/b&gt; donne pour chaque classe le nombre d'unités, leur part, la population (si un champ de population est indiqué) et la moyenne de l'indice composite, des axes et des sous-indices.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/policy_typology.py" line="20" />
      <source>Infrastructure × publics typology</source>
      <translation>Typologie aménagement × publics</translation>
    </message>
    <message>
      <location filename="../../algorithms/policy_typology.py" line="47" />
      <source>Reference territory (expression; empty = ifn_ref = 1, or every unit)</source>
      <translation>Territoire de référence (expression ; vide = ifn_ref = 1, sinon toutes les unités)</translation>
    </message>
    <message>
      <location filename="../../algorithms/provider.py" line="28" />
      <source>Digital fragility</source>
      <translation>Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="88" />
      <source>Class profiles</source>
      <translation>Profils des classes</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="140" />
      <source>Inertia gains (choose the number of classes after which they drop):</source>
      <translation>Gains d'inertie (choisissez le nombre de classes après lequel ils chutent) :</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="79" />
      <source>Population field (for the class profiles)</source>
      <translation>Champ de population (pour les profils de classes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="74" />
      <source>Scored layer (output of the index)</source>
      <translation>Couche de l'indice (sortie du calcul)</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="84" />
      <source>Territory name (for the layer group)</source>
      <translation>Nom du territoire (pour le groupe de couches)</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="94" />
      <source>The scored layer cannot be found or is not valid.</source>
      <translation>La couche de l'indice est introuvable ou n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="142" />
      <source>{count} classes: gain {gain:.1f} % of the inertia, {explained:.1f} % explained</source>
      <translation>{count} classes : gain de {gain:.1f} % de l'inertie, {explained:.1f} % expliqués</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="136" />
      <source>{typology} class {code} – {label}: {count} units ({share:.1f} %)</source>
      <translation>{typology} classe {code} – {label} : {count} unités ({share:.1f} %)</translation>
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
      <location filename="../../core/classify.py" line="168" />
      <source>Class limits {limits} must be strictly increasing; sort them and remove repeated values.</source>
      <translation>Les limites de classes {limits} doivent être strictement croissantes ; triez-les et retirez les valeurs répétées.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="165" />
      <source>Class limits {limits}: give at least one finite number, e.g. 0.2; 0.4; 0.6.</source>
      <translation>Limites de classes {limits} : indiquez au moins un nombre fini, p. ex. 0.2; 0.4; 0.6.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="207" />
      <source>Field {field} has only {distinct} distinct value(s): {distinct} class(es) instead of {count}.</source>
      <translation>Le champ {field} n'a que {distinct} valeur(s) distincte(s) : {distinct} classe(s) au lieu de {count}.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="161" />
      <source>Field {field}: no unit has a value, there is nothing to classify.</source>
      <translation>Champ {field} : aucune unité n'a de valeur, il n'y a rien à classer.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="214" />
      <source>Field {field}: tied values merge some classes; {got} class(es) instead of {count}.</source>
      <translation>Champ {field} : des valeurs égales fusionnent des classes ; {got} classe(s) au lieu de {count}.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="67" />
      <source>No value to classify.</source>
      <translation>Aucune valeur à classer.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="204" />
      <source>The number of classes must be at least 1 (got {count}).</source>
      <translation>Le nombre de classes doit être au moins 1 (reçu : {count}).</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="192" />
      <source>Unknown classification '{method}'; use one of {methods}.</source>
      <translation>Classification « {method} » inconnue ; utilisez l'une de {methods}.</translation>
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
      <location filename="../../core/typology.py" line="32" />
      <source>Average fragility</source>
      <translation>Fragilité moyenne</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="387" />
      <source>Cannot make {count} classes: only {distinct} unit(s) with distinct axis scores ({units} with every score). Choose at most {distinct} classes.</source>
      <translation>Impossible de faire {count} classes : seulement {distinct} unité(s) aux scores d'axe distincts ({units} avec tous les scores). Choisissez au plus {distinct} classes.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="28" />
      <source>Cumulative issues</source>
      <translation>Cumul des enjeux</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="53" />
      <source>Field {field} holds values that are not numbers; choose a numeric score field (e.g. an output of the index).</source>
      <translation>Le champ {field} contient des valeurs qui ne sont pas des nombres ; choisissez un champ de score numérique (p. ex. une sortie de l'indice).</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="96" />
      <source>Field {field}: no unit of the reference territory has a value; the typology cannot be cut at its median or terciles.</source>
      <translation>Champ {field} : aucune unité du territoire de référence n'a de valeur ; la typologie ne peut pas être coupée à sa médiane ou à ses terciles.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="33" />
      <source>High fragility</source>
      <translation>Fragilité élevée</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="27" />
      <source>Infrastructure issues</source>
      <translation>Enjeux d'aménagement</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="31" />
      <source>Infrastructure {amg} · publics {pub}</source>
      <translation>Aménagement {amg} · publics {pub}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="32" />
      <source>Low fragility</source>
      <translation>Fragilité faible</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="25" />
      <source>Lower fragility</source>
      <translation>Fragilité moindre</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="26" />
      <source>Mediation issues</source>
      <translation>Enjeux de médiation</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="375" />
      <source>No axis score field to cluster on; the layer must hold the index's axis fields.</source>
      <translation>Aucun champ de score d'axe à classer ; la couche doit contenir les champs des axes de l'indice.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="383" />
      <source>No unit has all of the axis scores {fields}; nothing to cluster.</source>
      <translation>Aucune unité n'a tous les scores d'axe {fields} ; rien à classer.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="381" />
      <source>The statistical typology needs at least 2 classes (got {count}).</source>
      <translation>La typologie statistique demande au moins 2 classes (reçu : {count}).</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="33" />
      <source>Very high fragility</source>
      <translation>Fragilité très élevée</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="32" />
      <source>Very low fragility</source>
      <translation>Fragilité très faible</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="30" />
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="30" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="30" />
      <source>medium</source>
      <translation>moyen</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="326" />
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="433" />
      <source>{label} (class {number})</source>
      <translation>{label} (classe {number})</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="338" />
      <source>{level} on every axis</source>
      <translation>{level} sur tous les axes</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="345" />
      <source>{level}, driven by axes {axes}</source>
      <translation>{level}, portée par les axes {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="344" />
      <source>{level}, driven by axis {axes}</source>
      <translation>{level}, portée par l'axe {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="342" />
      <source>{level}, except on axes {axes}</source>
      <translation>{level}, sauf sur les axes {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="341" />
      <source>{level}, except on axis {axes}</source>
      <translation>{level}, sauf sur l'axe {axes}</translation>
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
      <location filename="../../gis/indicator_maps.py" line="40" />
      <source>Axis {number}: {label}</source>
      <translation>Axe {number} : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="117" />
      <source>No value</source>
      <translation>Sans valeur</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="33" />
      <source>equal intervals</source>
      <translation>intervalles égaux</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="33" />
      <source>natural breaks (Jenks)</source>
      <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="33" />
      <source>quantiles</source>
      <translation>quantiles</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="34" />
      <source>user limits</source>
      <translation>limites choisies</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="35" />
      <source>{count} classes, {method}</source>
      <translation>{count} classes, {method}</translation>
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
      <location filename="../../gis/styles.py" line="174" />
      <source>Axis {number}</source>
      <translation>Axe {number}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="168" />
      <source>Composite index</source>
      <translation>Indice composite</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="211" />
      <source>Field {field} is of type {type}, not a number: it cannot be classified. Choose a numeric field or convert it (field calculator, to_real()).</source>
      <translation>Le champ {field} est de type {type}, pas un nombre : il ne peut pas être classé. Choisissez un champ numérique ou convertissez-le (calculatrice de champs, to_real()).</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="249" />
      <source>Field {field}: no unit has a class; run the typology first.</source>
      <translation>Champ {field} : aucune unité n'a de classe ; calculez d'abord la typologie.</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="194" />
      <source>Infrastructure × publics typology (2 × 2)</source>
      <translation>Typologie aménagement × publics (2 × 2)</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="197" />
      <source>Infrastructure × publics typology (3 × 3)</source>
      <translation>Typologie aménagement × publics (3 × 3)</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="268" />
      <source>Layer {layer} holds none of the index fields ({fields}); compute the index first.</source>
      <translation>La couche {layer} ne contient aucun des champs de l'indice ({fields}) ; calculez d'abord l'indice.</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="291" />
      <source>No field of layer {layer} could be styled: {reasons}</source>
      <translation>Aucun champ de la couche {layer} n'a pu être stylé : {reasons}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="179" />
      <source>Score: {label}</source>
      <translation>Score : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="185" />
      <source>Sub-index: {label}</source>
      <translation>Sous-indice : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="195" />
      <source>Typology 2 × 2</source>
      <translation>Typologie 2 × 2</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="198" />
      <source>Typology 3 × 3</source>
      <translation>Typologie 3 × 3</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="200" />
      <source>Ward typology</source>
      <translation>Typologie CAH</translation>
    </message>
    <message>
      <location filename="../../gis/themes.py" line="30" />
      <source>{territory} – {method} method</source>
      <translation>{territory} – méthode {method}</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="104" />
      <source>Field {field} is of type {type}, not a number: it cannot be used as a score. Choose a numeric field or convert it (field calculator, to_real()).</source>
      <translation>Le champ {field} est de type {type}, pas un nombre : il ne peut pas servir de score. Choisissez un champ numérique ou convertissez-le (calculatrice de champs, to_real()).</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="179" />
      <source>Infrastructure × publics typology at the medians</source>
      <translation>Typologie aménagement × publics aux médianes</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="178" />
      <source>Infrastructure × publics typology at the medians (code)</source>
      <translation>Typologie aménagement × publics aux médianes (code)</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="181" />
      <source>Infrastructure × publics typology at the terciles</source>
      <translation>Typologie aménagement × publics aux terciles</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="180" />
      <source>Infrastructure × publics typology at the terciles (code)</source>
      <translation>Typologie aménagement × publics aux terciles (code)</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="90" />
      <source>Method {method} has no sub-index '{code}' ({role}); choose the {role} field yourself.</source>
      <translation>La méthode {method} n'a pas de sous-indice « {code} » ({role}) ; choisissez vous-même le champ {role}.</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="121" />
      <source>Population field {field}: {count} value(s) are not numbers, e.g. '{value}' (feature {fid}); choose a numeric population field.</source>
      <translation>Champ de population {field} : {count} valeur(s) ne sont pas des nombres, p. ex. « {value} » (entité {fid}) ; choisissez un champ de population numérique.</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="228" />
      <source>Statistical typology (Ward): class, 1 = lowest mean composite</source>
      <translation>Typologie statistique (CAH) : classe, 1 = indice composite moyen le plus bas</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="158" />
      <source>exposed publics</source>
      <translation>publics exposés</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="159" />
      <source>infrastructure</source>
      <translation>aménagement</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="52" />
      <source>&amp;Digital fragility</source>
      <translation>&amp;Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="70" />
      <source>Compute the digital fragility index…</source>
      <translation>Calculer l'indice de fragilité numérique…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="72" />
      <source>Digital fragility help</source>
      <translation>Aide de Fragilité numérique</translation>
    </message>
  </context>
</TS>
