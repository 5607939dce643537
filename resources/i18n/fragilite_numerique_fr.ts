<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>fragilite_numerique</name>
    <message>
      <location filename="../../algorithms/access_times.py" line="65" />
      <source>&lt;p&gt;Computes, for every unit (commune…) of the layer, the time to the nearest equipment of each type, and the time of each range (the mean of its types' times). The result is a new layer: the units with one field per type and per range, in minutes. The unit layer is never modified.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origin&lt;/b&gt;: a point inside each unit (point on surface), or its chef-lieu when a chef-lieu point layer is given (matched on the code). Distances are measured in the chosen projected CRS (Lambert-93 by default), whatever the layers' CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Destinations&lt;/b&gt;: either &lt;i&gt;the access variables of a binding&lt;/i&gt; (by default the embedded Hauts-de-France data: health care t_urg, t_gp, t_spe from the BPE 2019; public services tsp; digital information points t_compn, t_demar from libraries, mediation places, Conseillers numériques and France Services; restrict them with &lt;i&gt;Variables&lt;/i&gt;, e.g. t_urg, t_gp, t_spe), or your own: a point layer (optional type field) and/or a count table per unit code (long layout code / type / count, as the BPE per commune, or wide: one column per type). A unit with at least one equipment of a type holds it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types&lt;/b&gt;: codes separated by ';' (one field each), code ranges (D202-D214), named groups whose nearest member counts (spe=D202-D214), '*' for every destination; empty = every type found. &lt;b&gt;Ranges&lt;/b&gt;: name=type,type (soins=D106,D201,spe; * = every type); empty = one range 'gamme' of every type. Types absent from the data are reported and left out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time&lt;/b&gt;: straight-line distance × detour coefficient / speed (defaults 1.3 and 50 km/h). A unit holding the equipment gets an intra-unit time: 2/3 of the radius of the disc of the same area (the mean distance to its centre) × detour / speed, or 0. With a &lt;b&gt;road network&lt;/b&gt; (lines, optional speed field in km/h), the shortest-path time instead; the legs from a point to the network are straight lines. A unit that cannot reach any destination gets no value and is reported.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule, pour chaque unité (commune…) de la couche, le temps d'accès à l'équipement le plus proche de chaque type, et le temps de chaque gamme (moyenne des temps de ses types). Le résultat est une nouvelle couche : les unités avec un champ par type et par gamme, en minutes. La couche des unités n'est jamais modifiée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origine&lt;/b&gt; : un point intérieur à chaque unité (point sur la surface), ou son chef-lieu si une couche de points des chefs-lieux est fournie (appariée sur le code). Les distances sont mesurées dans le SCR projeté choisi (Lambert-93 par défaut), quel que soit le SCR des couches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Destinations&lt;/b&gt; : soit &lt;i&gt;les variables d'accès d'une liaison&lt;/i&gt; (par défaut les données intégrées des Hauts-de-France : offre de soins t_urg, t_gp, t_spe d'après la BPE 2019 ; services publics tsp ; points d'information numérique t_compn, t_demar d'après les bibliothèques, les lieux de médiation, les conseillers numériques et les France Services ; restreignez-les avec &lt;i&gt;Variables&lt;/i&gt;, par exemple t_urg, t_gp, t_spe), soit vos propres données : une couche de points (champ de type facultatif) et/ou une table de comptages par code d'unité (format long code / type / nombre, comme la BPE par commune, ou large : une colonne par type). Une unité qui compte au moins un équipement d'un type le possède.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types&lt;/b&gt; : codes séparés par « ; » (un champ chacun), plages de codes (D202-D214), groupes nommés dont compte le membre le plus proche (spe=D202-D214), « * » pour toutes les destinations ; vide = chaque type présent. &lt;b&gt;Gammes&lt;/b&gt; : nom=type,type (soins=D106,D201,spe ; * = tous les types) ; vide = une gamme « gamme » de tous les types. Les types absents des données sont signalés et écartés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temps&lt;/b&gt; : distance à vol d'oiseau × coefficient de détour / vitesse (par défaut 1,3 et 50 km/h). Une unité qui possède l'équipement a un temps interne : 2/3 du rayon du disque de même surface (la distance moyenne à son centre) × détour / vitesse, ou 0. Avec un &lt;b&gt;réseau routier&lt;/b&gt; (lignes, champ de vitesse facultatif en km/h), le temps du plus court chemin ; les trajets entre un point et le réseau sont en ligne droite. Une unité qui ne peut atteindre aucune destination n'a pas de valeur et est signalée.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="158" />
      <source>Access times</source>
      <translation>Temps d'accès</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="98" />
      <source>Access variables of a binding (embedded Hauts-de-France data by default)</source>
      <translation>Variables d'accès d'une liaison (données intégrées des Hauts-de-France par défaut)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="101" />
      <source>Binding (JSON) with equipment sources</source>
      <translation>Liaison (JSON) avec les sources d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="147" />
      <source>Chef-lieu points (origins)</source>
      <translation>Points des chefs-lieux (origines)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="149" />
      <source>Code field of the chef-lieu points</source>
      <translation>Champ du code des points des chefs-lieux</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="62" />
      <source>Compute access times</source>
      <translation>Calculer des temps d'accès</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="115" />
      <source>Count table layout</source>
      <translation>Format de la table de comptages</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="122" />
      <source>Count table: count column (long layout; empty = one per row)</source>
      <translation>Table de comptages : colonne du nombre (format long ; vide = un par ligne)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="120" />
      <source>Count table: type column (long layout)</source>
      <translation>Table de comptages : colonne du type (format long)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="118" />
      <source>Count table: unit code column</source>
      <translation>Table de comptages : colonne du code de l'unité</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="97" />
      <source>Destinations</source>
      <translation>Destinations</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="137" />
      <source>Detour coefficient</source>
      <translation>Coefficient de détour</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="112" />
      <source>Equipment counts per unit code (CSV, e.g. BPE per commune)</source>
      <translation>Nombres d'équipements par code d'unité (CSV, par exemple la BPE par commune)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="107" />
      <source>Equipment points</source>
      <translation>Points d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="144" />
      <source>From its area: 2/3 of the radius of the disc of the same area</source>
      <translation>Selon sa surface : 2/3 du rayon du disque de même surface</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="151" />
      <source>Projected CRS of the distances (empty = Lambert-93)</source>
      <translation>SCR projeté des distances (vide = Lambert-93)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="127" />
      <source>Ranges (e.g. soins=D106,D201,spe)</source>
      <translation>Gammes (par exemple soins=D106,D201,spe)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="129" />
      <source>Road network</source>
      <translation>Réseau routier</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="132" />
      <source>Road network (lines)</source>
      <translation>Réseau routier (lignes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="140" />
      <source>Speed (km/h)</source>
      <translation>Vitesse (km/h)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="134" />
      <source>Speed field of the road network (km/h)</source>
      <translation>Champ de vitesse du réseau routier (km/h)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="129" />
      <source>Straight line × detour / speed</source>
      <translation>Vol d'oiseau × détour / vitesse</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="99" />
      <source>The point layer and/or count table below</source>
      <translation>La couche de points et/ou la table de comptages ci-dessous</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="163" />
      <source>The unit layer cannot be found or is not valid.</source>
      <translation>La couche des unités est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="129" />
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="143" />
      <source>Time inside a unit holding the equipment</source>
      <translation>Temps interne à une unité qui possède l'équipement</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="109" />
      <source>Type field of the equipment points</source>
      <translation>Champ du type des points d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="125" />
      <source>Types (e.g. D106; D201; spe=D202-D214)</source>
      <translation>Types (par exemple D106 ; D201 ; spe=D202-D214)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="94" />
      <source>Unit code field (needed for count tables and chefs-lieux)</source>
      <translation>Champ du code de l'unité (nécessaire pour les tables de comptages et les chefs-lieux)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="92" />
      <source>Unit layer (communes)</source>
      <translation>Couche des unités (communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="104" />
      <source>Variables of the binding (e.g. t_urg, t_gp, t_spe; empty = all)</source>
      <translation>Variables de la liaison (par exemple t_urg, t_gp, t_spe ; vide = toutes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="144" />
      <source>Zero</source>
      <translation>Zéro</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="116" />
      <source>long: code, type, count</source>
      <translation>long : code, type, nombre</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="116" />
      <source>wide: one column per type</source>
      <translation>large : une colonne par type</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="199" />
      <source>{} units, fields written: {}.</source>
      <translation>{} unités, champs écrits : {}.</translation>
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
      <location filename="../../algorithms/provider.py" line="26" />
      <source>Digital fragility</source>
      <translation>Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../core/access.py" line="52" />
      <source>Access-time parameter '{key}' = '{value}' is not one of {choices}.</source>
      <translation>Paramètre des temps d'accès '{key}' = '{value}' : ce n'est pas une des valeurs {choices}.</translation>
    </message>
    <message>
      <location filename="../../core/access.py" line="49" />
      <source>Access-time parameter '{key}' = {value} is not a number between {low} and {high}.</source>
      <translation>Paramètre des temps d'accès '{key}' = {value} : ce n'est pas un nombre entre {low} et {high}.</translation>
    </message>
    <message>
      <location filename="../../core/access_network.py" line="72" />
      <source>The road network has no line with at least two vertices; choose a line layer of roads.</source>
      <translation>Le réseau routier n'a aucune ligne d'au moins deux sommets ; choisissez une couche de lignes des routes.</translation>
    </message>
    <message>
      <location filename="../../core/access_network.py" line="30" />
      <source>The road-network mode needs SciPy, which is not installed: install it (Debian: apt install python3-scipy; Windows: OSGeo4W package python3-scipy) or use the straight-line mode.</source>
      <translation>Le mode réseau routier a besoin de SciPy, qui n'est pas installé : installez-le (Debian : apt install python3-scipy ; Windows : paquet OSGeo4W python3-scipy) ou utilisez le mode à vol d'oiseau.</translation>
    </message>
    <message>
      <location filename="../../core/access_run.py" line="113" />
      <source>Access time '{name}': no destination of {types} in the data; it has no value.</source>
      <translation>Temps d'accès '{name}' : aucune destination {types} dans les données ; il n'a pas de valeur.</translation>
    </message>
    <message>
      <location filename="../../core/access_run.py" line="119" />
      <source>Access time '{name}': type(s) {types} have no destination in the data; they are left out.</source>
      <translation>Temps d'accès '{name}' : le(s) type(s) {types} n'ont aucune destination dans les données ; ils sont écartés.</translation>
    </message>
    <message>
      <location filename="../../core/access_run.py" line="127" />
      <source>Access time '{name}': {count} unit(s) cannot reach any destination on the road network (e.g. {units}); they get no value, not 0.</source>
      <translation>Temps d'accès '{name}' : {count} unité(s) ne peuvent atteindre aucune destination sur le réseau routier (par exemple {units}) ; elles n'ont pas de valeur (et non 0).</translation>
    </message>
    <message>
      <location filename="../../core/access_run.py" line="153" />
      <source>{count} unit(s) are more than {km} km from the nearest node of the road network (e.g. {units}); their time includes that distance in straight line.</source>
      <translation>{count} unité(s) sont à plus de {km} km du nœud le plus proche du réseau routier (par exemple {units}) ; leur temps comprend cette distance à vol d'oiseau.</translation>
    </message>
    <message>
      <location filename="../../core/access_run.py" line="101" />
      <source>{count} unit(s) have no geometry (e.g. {units}); their access times are missing.</source>
      <translation>{count} unité(s) n'ont pas de géométrie (par exemple {units}) ; leurs temps d'accès sont manquants.</translation>
    </message>
    <message>
      <location filename="../../core/access_sources.py" line="63" />
      <source>Equipment source '{source}' ({file}): {count} code(s) match no unit of the layer (e.g. {codes}); these equipments outside the territory cannot be located and are ignored.</source>
      <translation>Source d'équipements '{source}' ({file}) : {count} code(s) ne correspondent à aucune unité de la couche (par exemple {codes}) ; ces équipements hors du territoire ne peuvent pas être localisés et sont ignorés.</translation>
    </message>
    <message>
      <location filename="../../core/access_sources.py" line="68" />
      <source>Equipment source '{source}' ({file}): {count} point(s) lie in no unit of the layer; they still serve the units nearby.</source>
      <translation>Source d'équipements '{source}' ({file}) : {count} point(s) ne sont dans aucune unité de la couche ; ils desservent quand même les unités voisines.</translation>
    </message>
    <message>
      <location filename="../../core/access_sources.py" line="59" />
      <source>Equipment source '{source}' ({file}): {count} row(s) have no usable location (lines or features {rows}); they are ignored.</source>
      <translation>Source d'équipements '{source}' ({file}) : {count} ligne(s) n'ont pas de localisation utilisable (lignes ou entités {rows}) ; elles sont ignorées.</translation>
    </message>
    <message>
      <location filename="../../core/access_sources.py" line="117" />
      <source>{file}: column '{column}' holds text that is not a count (line, value: {examples}); counts of equipment must be numbers.</source>
      <translation>{file} : la colonne '{column}' contient du texte qui n'est pas un nombre (ligne, valeur : {examples}) ; les nombres d'équipements doivent être des nombres.</translation>
    </message>
    <message>
      <location filename="../../core/access_sources.py" line="86" />
      <source>{file}: no row has {values} in field '{column}' (its values include: {available}); check the filter of equipment source '{source}'.</source>
      <translation>{file} : aucune ligne n'a {values} dans le champ '{column}' (ses valeurs comprennent : {available}) ; vérifiez le filtre de la source d'équipements '{source}'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="413" />
      <source>Range '{range}': {values} are not among the types ({choices}).</source>
      <translation>Gamme '{range}' : {values} ne sont pas parmi les types ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="416" />
      <source>Ranges: the name(s) {values} are used twice or are also type names; give each range its own name.</source>
      <translation>Gammes : le(s) nom(s) {values} sont utilisés deux fois ou sont aussi des noms de types ; donnez à chaque gamme son propre nom.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="406" />
      <source>Ranges: write each range as name=type,type (e.g. soins=urg,gp,spe); '{value}' is not.</source>
      <translation>Gammes : écrivez chaque gamme sous la forme nom=type,type (par exemple soins=urg,gp,spe) ; '{value}' ne l'est pas.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="387" />
      <source>Types: '{value}' has no name before '='.</source>
      <translation>Types : '{value}' n'a pas de nom avant « = ».</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="428" />
      <source>Types: '{value}' lists no type code.</source>
      <translation>Types : '{value}' ne donne aucun code de type.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="431" />
      <source>Types: '{value}': '*' (every destination) cannot be mixed with codes.</source>
      <translation>Types : '{value}' : « * » (toutes les destinations) ne peut pas être mêlé à des codes.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="393" />
      <source>Types: the name(s) {values} are used twice; give each type its own name.</source>
      <translation>Types : le(s) nom(s) {values} sont utilisés deux fois ; donnez à chaque type son propre nom.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="203" />
      <source>{file}: '{key}' = '{value}' is not one of {choices}.</source>
      <translation>{file} : « {key} » = « {value} » n'est pas l'une des valeurs {choices}.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="351" />
      <source>{file}: '{key}' = {value} is not a number between {low} and {high}.</source>
      <translation>{file} : '{key}' = {value} n'est pas un nombre entre {low} et {high}.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="274" />
      <source>{file}: '{key}' is for count tables; points are located by their coordinates.</source>
      <translation>{file} : '{key}' est réservé aux tables de comptages ; les points sont localisés par leurs coordonnées.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="261" />
      <source>{file}: '{key}' is for point sources; a count table is located by its unit codes ('code').</source>
      <translation>{file} : '{key}' est réservé aux sources de points ; une table de comptages est localisée par ses codes d'unités ('code').</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="267" />
      <source>{file}: '{key}' is for wide count tables ("layout": "wide").</source>
      <translation>{file} : '{key}' est réservé aux tables de comptages au format large ("layout": "wide").</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="197" />
      <source>{file}: '{key}' must be a non-empty list of texts.</source>
      <translation>{file} : '{key}' doit être une liste non vide de textes.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="308" />
      <source>{file}: '{key}' must be a non-empty list.</source>
      <translation>{file} : « {key} » doit être une liste non vide.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="188" />
      <source>{file}: '{key}' must be a non-empty text (a column or file name).</source>
      <translation>{file} : '{key}' doit être un texte non vide (un nom de colonne ou de fichier).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="210" />
      <source>{file}: '{key}' must be a number.</source>
      <translation>{file} : « {key} » doit être un nombre.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="220" />
      <source>{file}: '{key}' must be an object.</source>
      <translation>{file} : « {key} » doit être un objet.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="321" />
      <source>{file}: '{key}' names equipment source '{value}', which is not declared in 'equipment' ({choices}).</source>
      <translation>{file} : '{key}' désigne la source d'équipements '{value}', qui n'est pas déclarée dans 'equipment' ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="237" />
      <source>{file}: '{key}' names passage '{value}', which is not declared in 'passages'.</source>
      <translation>{file} : « {key} » désigne la table de passage « {value} », qui n'est pas déclarée dans « passages ».</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="301" />
      <source>{file}: '{key}' needs either 'source' (with optional 'types') or 'from' (a list of {{"source": …, "types": […]}}).</source>
      <translation>{file} : '{key}' demande soit 'source' (avec 'types' facultatif), soit 'from' (une liste de {{"source": …, "types": […]}}).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="281" />
      <source>{file}: '{key}': 'lat' goes with 'lon' and 'x' with 'y'.</source>
      <translation>{file} : '{key}' : 'lat' va avec 'lon', et 'x' avec 'y'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="293" />
      <source>{file}: '{key}': 'layout' and 'columns' are for count tables.</source>
      <translation>{file} : '{key}' : 'layout' et 'columns' sont réservés aux tables de comptages.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="305" />
      <source>{file}: '{key}': 'types' goes inside each item of 'from'.</source>
      <translation>{file} : '{key}' : 'types' se place dans chaque élément de 'from'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="287" />
      <source>{file}: '{key}': a CSV of points needs its coordinate columns: 'lat' and 'lon', 'latlon' ("lat,lon" in one column) or 'x', 'y' and 'crs'.</source>
      <translation>{file} : '{key}' : un CSV de points a besoin de ses colonnes de coordonnées : 'lat' et 'lon', 'latlon' ("lat,lon" dans une colonne) ou 'x', 'y' et 'crs'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="264" />
      <source>{file}: '{key}': a wide count table has one column per type; give 'columns' (or nothing: every other column), not 'type' or 'count'.</source>
      <translation>{file} : '{key}' : une table de comptages au format large a une colonne par type ; donnez 'columns' (ou rien : toutes les autres colonnes), pas 'type' ni 'count'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="290" />
      <source>{file}: '{key}': coordinate columns are for CSV files; a vector file is located by its geometry.</source>
      <translation>{file} : '{key}' : les colonnes de coordonnées sont réservées aux fichiers CSV ; un fichier vecteur est localisé par sa géométrie.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="283" />
      <source>{file}: '{key}': coordinates 'x'/'y' need their 'crs' (e.g. "EPSG:2154").</source>
      <translation>{file} : '{key}' : les coordonnées 'x'/'y' ont besoin de leur 'crs' (par exemple "EPSG:2154").</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="327" />
      <source>{file}: '{key}': equipment source '{value}' has no type column; remove 'types' (every row is a destination) or declare its 'type' column.</source>
      <translation>{file} : '{key}' : la source d'équipements '{value}' n'a pas de colonne de type ; retirez 'types' (chaque ligne est une destination) ou déclarez sa colonne 'type'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="278" />
      <source>{file}: '{key}': give the coordinates once: 'lat' and 'lon', or 'latlon', or 'x' and 'y'.</source>
      <translation>{file} : '{key}' : donnez les coordonnées une seule fois : 'lat' et 'lon', ou 'latlon', ou 'x' et 'y'.</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="359" />
      <source>{file}: '{key}': the network mode needs a 'network' (path of a line layer of roads, optional 'layer' and 'speed' field).</source>
      <translation>{file} : '{key}' : le mode réseau demande un 'network' (chemin d'une couche de lignes des routes, 'layer' et champ 'speed' facultatifs).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="258" />
      <source>{file}: missing key '{key}'.</source>
      <translation>{file} : clé manquante « {key} ».</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="178" />
      <source>{file}: unknown key '{key}' (allowed: {allowed}).</source>
      <translation>{file} : clé inconnue « {key} » (clés permises : {allowed}).</translation>
    </message>
    <message>
      <location filename="../../core/access_spec.py" line="149" />
      <source>{where}: the code range '{value}' is not a range of at most {count} codes in increasing order (e.g. D202-D214).</source>
      <translation>{where} : la plage de codes '{value}' n'est pas une plage d'au plus {count} codes en ordre croissant (par exemple D202-D214).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="253" />
      <source>Binding file not found: {file}.</source>
      <translation>Fichier de liaison introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="258" />
      <source>Cannot read the binding file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de liaison {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="172" />
      <source>{file}: 'format' must be "{expected}".</source>
      <translation>{file} : « format » doit valoir « {expected} ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="207" />
      <source>{file}: '{key}' binds a variable that method '{method}' does not have (its variables: {choices}).</source>
      <translation>{file} : « {key} » lie une variable que la méthode « {method} » n'a pas (ses variables : {choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="243" />
      <source>{file}: '{key}' has both an 'access' block and {columns}; a variable is either read from a table or computed as an access time.</source>
      <translation>{file} : '{key}' a à la fois un bloc 'access' et {columns} ; une variable est soit lue dans une table, soit calculée comme un temps d'accès.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="239" />
      <source>{file}: '{key}' is 'absent' but has an 'access' block; set its status to 'real' (or 'proxy') or remove 'access'.</source>
      <translation>{file} : '{key}' est 'absent' mais a un bloc 'access' ; mettez son statut à 'real' (ou 'proxy') ou retirez 'access'.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="163" />
      <source>{file}: '{key}' must be a column name.</source>
      <translation>{file} : « {key} » doit être un nom de colonne.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="160" />
      <source>{file}: '{key}' must be a positive number.</source>
      <translation>{file} : « {key} » doit être un nombre positif.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="148" />
      <source>{file}: '{key}' names table '{value}', which is not declared in 'tables' ({choices}).</source>
      <translation>{file} : « {key} » désigne la table « {value} », qui n'est pas déclarée dans « tables » ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="157" />
      <source>{file}: '{key}' needs both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande à la fois « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="154" />
      <source>{file}: '{key}' needs either 'column' or both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande soit « column », soit « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="223" />
      <source>{file}: '{key}': a parent level is 'epci' or 'dep'.</source>
      <translation>{file} : « {key} » : un niveau parent est « epci » ou « dep ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="255" />
      <source>{file}: invalid JSON at line {line}, column {column}: {reason}.</source>
      <translation>{file} : JSON invalide ligne {line}, colonne {column} : {reason}.</translation>
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
      <location filename="../../core/method.py" line="216" />
      <source>{file}: '{key}' must be a non-empty text.</source>
      <translation>{file} : « {key} » doit être un texte non vide.</translation>
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
      <location filename="../../core/pipeline.py" line="308" />
      <source>Axis '{axis}' has no usable variable; it is left out of the composite and its weight shared by the others.</source>
      <translation>L'axe « {axis} » n'a aucune variable utilisable ; il n'entre pas dans l'indice composite et son poids est reporté sur les autres.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="189" />
      <source>The reference territory is empty: no unit matches it. Check the reference expression or leave it empty to use every unit.</source>
      <translation>Le territoire de référence est vide : aucune unité n'y correspond. Vérifiez l'expression ou laissez-la vide pour prendre toutes les unités.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="185" />
      <source>The unit layer has no feature to score.</source>
      <translation>La couche des unités ne contient aucune entité à calculer.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="41" />
      <source>The unit layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche des unités n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="123" />
      <source>Unit code(s) {codes} appear more than once in the layer; each unit must appear once (dissolve multi-part communes first).</source>
      <translation>Code(s) {codes} présent(s) plusieurs fois dans la couche ; chaque unité doit apparaître une seule fois (regroupez d'abord les communes en plusieurs parties).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="171" />
      <source>Variable '{variable}' has no value in the reference territory; it is left out of the axis.</source>
      <translation>La variable « {variable} » n'a aucune valeur dans le territoire de référence ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="169" />
      <source>Variable '{variable}' has the same value for every unit of the reference territory; it cannot rank units and is left out of the axis.</source>
      <translation>La variable « {variable} » a la même valeur pour toutes les unités du territoire de référence ; elle ne peut pas les classer et n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="261" />
      <source>Variable '{variable}' is absent from the data; its axis is computed from the variables present.</source>
      <translation>La variable « {variable} » est absente des données ; son axe est calculé avec les variables présentes.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="258" />
      <source>Variable '{variable}' uses a proxy: {source} ({note}).</source>
      <translation>La variable « {variable} » est approchée (proxy) : {source} ({note}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="173" />
      <source>Variable '{variable}': the reference value is 0, so the ratio to the reference is undefined; it is left out of the axis.</source>
      <translation>Variable « {variable} » : la valeur de référence est 0, le rapport à la référence n'est pas défini ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="112" />
      <source>{count} unit code(s) are not INSEE commune codes, e.g. {codes}; choose the field that holds the 5-character INSEE code.</source>
      <translation>{count} code(s) d'unité ne sont pas des codes INSEE de commune, par ex. {codes} ; choisissez le champ qui contient le code INSEE à 5 caractères.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="119" />
      <source>{count} unit(s) have no code (feature positions {rows}).</source>
      <translation>{count} unité(s) sans code (entités en position {rows}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="145" />
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
      <location filename="../../gis/access_io.py" line="164" />
      <source>Chef-lieu points are matched to units by their codes: choose the unit code field and the chef-lieu code field.</source>
      <translation>Les points des chefs-lieux sont appariés aux unités par leurs codes : choisissez le champ du code des unités et celui des chefs-lieux.</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="53" />
      <source>Layer '{layer}' has no valid CRS; set it (Layer properties → Source) so that distances can be measured.</source>
      <translation>La couche '{layer}' n'a pas de SCR valide ; définissez-le (Propriétés de la couche → Source) pour que les distances puissent être mesurées.</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="243" />
      <source>Layer '{layer}' is not a line layer; the road network is made of lines.</source>
      <translation>La couche '{layer}' n'est pas une couche de lignes ; le réseau routier est fait de lignes.</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="188" />
      <source>Layer '{layer}' is not a point layer; destinations and chefs-lieux are points.</source>
      <translation>La couche '{layer}' n'est pas une couche de points ; les destinations et les chefs-lieux sont des points.</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="45" />
      <source>The CRS '{crs}' cannot measure distances: choose a projected CRS in metres (EPSG:2154 Lambert-93 for metropolitan France).</source>
      <translation>Le SCR '{crs}' ne permet pas de mesurer des distances : choisissez un SCR projeté en mètres (EPSG:2154 Lambert-93 pour la France métropolitaine).</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="246" />
      <source>The road network has no field {columns}; its fields are: {available}.</source>
      <translation>Le réseau routier n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/access_io.py" line="223" />
      <source>{source}: none of its {count} points lies within {km} km of a unit (nearest: {nearest} km); check its coordinates' CRS ({crs}) and that latitude and longitude are not swapped.</source>
      <translation>{source} : aucun de ses {count} points n'est à moins de {km} km d'une unité (le plus proche : {nearest} km) ; vérifiez le SCR de ses coordonnées ({crs}) et que la latitude et la longitude ne sont pas inversées.</translation>
    </message>
    <message>
      <location filename="../../gis/access_layer.py" line="95" />
      <source>{file} binds no variable to an access time ('access' blocks).</source>
      <translation>{file} ne lie aucune variable à un temps d'accès (blocs 'access').</translation>
    </message>
    <message>
      <location filename="../../gis/access_layer.py" line="86" />
      <source>{file}: {values} are not variables computed as access times; choose among {choices}.</source>
      <translation>{file} : {values} ne sont pas des variables calculées comme temps d'accès ; choisissez parmi {choices}.</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="97" />
      <source>Equipment source '{source}' ({file}) is a count table per unit code: choose the unit code field of the unit layer.</source>
      <translation>La source d'équipements '{source}' ({file}) est une table de comptages par code d'unité : choisissez le champ du code de la couche des unités.</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="104" />
      <source>Equipment source '{source}' is located by unit code, but code(s) {codes} appear more than once in the unit layer; choose the field holding each unit's own code.</source>
      <translation>La source d'équipements '{source}' est localisée par code d'unité, mais le(s) code(s) {codes} apparaissent plusieurs fois dans la couche des unités ; choisissez le champ qui porte le code propre à chaque unité.</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="80" />
      <source>Equipment source '{source}': file not found: {file}.</source>
      <translation>Source d'équipements '{source}' : fichier introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="139" />
      <source>Equipment source '{source}': the CRS '{crs}' is not valid (e.g. EPSG:4326).</source>
      <translation>Source d'équipements '{source}' : le SCR '{crs}' n'est pas valide (par exemple EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="243" />
      <source>Give the destinations: a point layer of equipment, a count table per unit code, or both.</source>
      <translation>Donnez les destinations : une couche de points d'équipements, une table de comptages par code d'unité, ou les deux.</translation>
    </message>
    <message>
      <location filename="../../gis/access_run.py" line="193" />
      <source>The road-network mode needs a line layer of roads; choose one or use the straight-line mode.</source>
      <translation>Le mode réseau routier demande une couche de lignes des routes ; choisissez-en une ou utilisez le mode à vol d'oiseau.</translation>
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
      <location filename="../../gis/scoring.py" line="115" />
      <source>The reference territory expression fails on feature {fid}: {reason}</source>
      <translation>L'expression du territoire de référence échoue sur l'entité {fid} : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="100" />
      <source>The reference territory expression is not valid: {reason}</source>
      <translation>L'expression du territoire de référence n'est pas valide : {reason}</translation>
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
