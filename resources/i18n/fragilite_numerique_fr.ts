<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>fragilite_numerique</name>
    <message>
      <location filename="../../algorithms/access_times.py" line="66" />
      <source>&lt;p&gt;Computes, for every unit (commune…) of the layer, the time to the nearest equipment of each type, and the time of each range (the mean of its types' times). The result is a new layer: the units with one field per type and per range, in minutes. The unit layer is never modified.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origin&lt;/b&gt;: a point inside each unit (point on surface), or its chef-lieu when a chef-lieu point layer is given (matched on the code). Distances are measured in the chosen projected CRS (Lambert-93 by default), whatever the layers' CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Destinations&lt;/b&gt;: either &lt;i&gt;the access variables of a binding&lt;/i&gt; (by default the embedded Hauts-de-France data: health care t_urg, t_gp, t_spe from the BPE 2019; public services tsp; digital information points t_compn, t_demar from libraries, mediation places, Conseillers numériques and France Services; restrict them with &lt;i&gt;Variables&lt;/i&gt;, e.g. t_urg, t_gp, t_spe), or your own: a point layer (optional type field) and/or a count table per unit code (long layout code / type / count, as the BPE per commune, or wide: one column per type). A unit with at least one equipment of a type holds it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types&lt;/b&gt;: codes separated by ';' (one field each), code ranges (D202-D214), named groups whose nearest member counts (spe=D202-D214), '*' for every destination; empty = every type found. &lt;b&gt;Ranges&lt;/b&gt;: name=type,type (soins=D106,D201,spe; * = every type); empty = one range 'gamme' of every type. Types absent from the data are reported and left out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time&lt;/b&gt;: straight-line distance × detour coefficient / speed (defaults 1.3 and 50 km/h). A unit holding the equipment gets an intra-unit time: 2/3 of the radius of the disc of the same area (the mean distance to its centre) × detour / speed, or 0. With a &lt;b&gt;road network&lt;/b&gt; (lines, optional speed field in km/h), the shortest-path time instead; the legs from a point to the network are straight lines. A unit that cannot reach any destination gets no value and is reported.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule, pour chaque unité (commune…) de la couche, le temps d'accès à l'équipement le plus proche de chaque type, et le temps de chaque gamme (moyenne des temps de ses types). Le résultat est une nouvelle couche : les unités avec un champ par type et par gamme, en minutes. La couche des unités n'est jamais modifiée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origine&lt;/b&gt; : un point intérieur à chaque unité (point sur la surface), ou son chef-lieu si une couche de points des chefs-lieux est fournie (appariée sur le code). Les distances sont mesurées dans le SCR projeté choisi (Lambert-93 par défaut), quel que soit le SCR des couches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Destinations&lt;/b&gt; : soit &lt;i&gt;les variables d'accès d'une liaison&lt;/i&gt; (par défaut les données intégrées des Hauts-de-France : offre de soins t_urg, t_gp, t_spe d'après la BPE 2019 ; services publics tsp ; points d'information numérique t_compn, t_demar d'après les bibliothèques, les lieux de médiation, les conseillers numériques et les France Services ; restreignez-les avec &lt;i&gt;Variables&lt;/i&gt;, par exemple t_urg, t_gp, t_spe), soit vos propres données : une couche de points (champ de type facultatif) et/ou une table de comptages par code d'unité (format long code / type / nombre, comme la BPE par commune, ou large : une colonne par type). Une unité qui compte au moins un équipement d'un type le possède.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types&lt;/b&gt; : codes séparés par « ; » (un champ chacun), plages de codes (D202-D214), groupes nommés dont compte le membre le plus proche (spe=D202-D214), « * » pour toutes les destinations ; vide = chaque type présent. &lt;b&gt;Gammes&lt;/b&gt; : nom=type,type (soins=D106,D201,spe ; * = tous les types) ; vide = une gamme « gamme » de tous les types. Les types absents des données sont signalés et écartés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temps&lt;/b&gt; : distance à vol d'oiseau × coefficient de détour / vitesse (par défaut 1,3 et 50 km/h). Une unité qui possède l'équipement a un temps interne : 2/3 du rayon du disque de même surface (la distance moyenne à son centre) × détour / vitesse, ou 0. Avec un &lt;b&gt;réseau routier&lt;/b&gt; (lignes, champ de vitesse facultatif en km/h), le temps du plus court chemin ; les trajets entre un point et le réseau sont en ligne droite. Une unité qui ne peut atteindre aucune destination n'a pas de valeur et est signalée.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="160" />
      <source>Access times</source>
      <translation>Temps d'accès</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="99" />
      <source>Access variables of a binding (embedded Hauts-de-France data by default)</source>
      <translation>Variables d'accès d'une liaison (données intégrées des Hauts-de-France par défaut)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="102" />
      <source>Binding (JSON) with equipment sources</source>
      <translation>Liaison (JSON) avec les sources d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="148" />
      <source>Chef-lieu points (origins)</source>
      <translation>Points des chefs-lieux (origines)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="150" />
      <source>Code field of the chef-lieu points</source>
      <translation>Champ du code des points des chefs-lieux</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="63" />
      <source>Compute access times</source>
      <translation>Calculer des temps d'accès</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="116" />
      <source>Count table layout</source>
      <translation>Format de la table de comptages</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="123" />
      <source>Count table: count column (long layout; empty = one per row)</source>
      <translation>Table de comptages : colonne du nombre (format long ; vide = un par ligne)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="121" />
      <source>Count table: type column (long layout)</source>
      <translation>Table de comptages : colonne du type (format long)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="119" />
      <source>Count table: unit code column</source>
      <translation>Table de comptages : colonne du code de l'unité</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="98" />
      <source>Destinations</source>
      <translation>Destinations</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="138" />
      <source>Detour coefficient</source>
      <translation>Coefficient de détour</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="113" />
      <source>Equipment counts per unit code (CSV, e.g. BPE per commune)</source>
      <translation>Nombres d'équipements par code d'unité (CSV, par exemple la BPE par commune)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="108" />
      <source>Equipment points</source>
      <translation>Points d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="145" />
      <source>From its area: 2/3 of the radius of the disc of the same area</source>
      <translation>Selon sa surface : 2/3 du rayon du disque de même surface</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="152" />
      <source>Projected CRS of the distances (empty = Lambert-93)</source>
      <translation>SCR projeté des distances (vide = Lambert-93)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="128" />
      <source>Ranges (e.g. soins=D106,D201,spe)</source>
      <translation>Gammes (par exemple soins=D106,D201,spe)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="130" />
      <source>Road network</source>
      <translation>Réseau routier</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="133" />
      <source>Road network (lines)</source>
      <translation>Réseau routier (lignes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="141" />
      <source>Speed (km/h)</source>
      <translation>Vitesse (km/h)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="135" />
      <source>Speed field of the road network (km/h)</source>
      <translation>Champ de vitesse du réseau routier (km/h)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="130" />
      <source>Straight line × detour / speed</source>
      <translation>Vol d'oiseau × détour / vitesse</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="100" />
      <source>The point layer and/or count table below</source>
      <translation>La couche de points et/ou la table de comptages ci-dessous</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="165" />
      <source>The unit layer cannot be found or is not valid.</source>
      <translation>La couche des unités est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="130" />
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="144" />
      <source>Time inside a unit holding the equipment</source>
      <translation>Temps interne à une unité qui possède l'équipement</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="110" />
      <source>Type field of the equipment points</source>
      <translation>Champ du type des points d'équipements</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="126" />
      <source>Types (e.g. D106; D201; spe=D202-D214)</source>
      <translation>Types (par exemple D106 ; D201 ; spe=D202-D214)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="95" />
      <source>Unit code field (needed for count tables and chefs-lieux)</source>
      <translation>Champ du code de l'unité (nécessaire pour les tables de comptages et les chefs-lieux)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="93" />
      <source>Unit layer (communes)</source>
      <translation>Couche des unités (communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="105" />
      <source>Variables of the binding (e.g. t_urg, t_gp, t_spe; empty = all)</source>
      <translation>Variables de la liaison (par exemple t_urg, t_gp, t_spe ; vide = toutes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="145" />
      <source>Zero</source>
      <translation>Zéro</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="117" />
      <source>long: code, type, count</source>
      <translation>long : code, type, nombre</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="117" />
      <source>wide: one column per type</source>
      <translation>large : une colonne par type</translation>
    </message>
    <message>
      <location filename="../../algorithms/access_times.py" line="204" />
      <source>{} units, fields written: {}.</source>
      <translation>{} unités, champs écrits : {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="46" />
      <source>&lt;p&gt;Builds EPCI or department units from a commune layer: one feature per unit, its geometry the union of its communes', with its code, name, main department (EPCI), number of communes and population.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields to sum&lt;/b&gt; are counts (numerators, denominators, populations): rates are recomputed from them, never averaged. &lt;b&gt;Fields to average&lt;/b&gt; (medians, rates given without their counts) take a population-weighted mean, flagged in the metadata: a median cannot be aggregated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt;: a field of the layer, or the population table of the binding (the embedded Hauts-de-France data by default).&lt;/p&gt;&lt;p&gt;The output GeoPackage also holds the table &lt;i&gt;ifn_members&lt;/i&gt; (commune → unit) and the layer &lt;i&gt;ifn_communes&lt;/i&gt; (the communes' polygons with their unit): the index can then be computed on these units ("Compute the digital fragility index", unit level EPCI or department), commune tables being aggregated to the units, access times computed on the communes and averaged with the population as weight, the reference territory being every unit. The commune layer is not modified.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Forme des unités EPCI ou départements à partir d'une couche des communes : une entité par unité, sa géométrie étant l'union de celles de ses communes, avec son code, son nom, son département principal (EPCI), son nombre de communes et sa population.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;champs à sommer&lt;/b&gt; sont des effectifs (numérateurs, dénominateurs, populations) : les taux sont recalculés à partir d'eux, jamais moyennés. Les &lt;b&gt;champs à moyenner&lt;/b&gt; (médianes, taux sans leurs effectifs) prennent une moyenne pondérée par la population, signalée dans les métadonnées : une médiane ne s'agrège pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Population&lt;/b&gt; : un champ de la couche, ou la table de population de la liaison (par défaut les données intégrées des Hauts-de-France).&lt;/p&gt;&lt;p&gt;Le GeoPackage produit contient aussi la table &lt;i&gt;ifn_members&lt;/i&gt; (commune → unité) et la couche &lt;i&gt;ifn_communes&lt;/i&gt; (les polygones des communes avec leur unité) : l'indice peut ensuite être calculé sur ces unités (« Calculer l'indice de fragilité numérique », unités EPCI ou départements), les tables communales étant agrégées aux unités, les temps d'accès calculés sur les communes puis moyennés avec la population pour poids, et le territoire de référence étant l'ensemble des unités. La couche des communes n'est pas modifiée.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="43" />
      <source>Aggregate by EPCI or department</source>
      <translation>Agréger par EPCI ou département</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="88" />
      <source>Aggregated units</source>
      <translation>Unités agrégées</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="84" />
      <source>Binding giving the population table (JSON)</source>
      <translation>Liaison donnant la table de population (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="64" />
      <source>Commune layer</source>
      <translation>Couche des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="68" />
      <source>Department</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="68" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="78" />
      <source>Fields to average, weighted by population (medians, rates without counts)</source>
      <translation>Champs à moyenner, pondérés par la population (médianes, taux sans leurs effectifs)</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="75" />
      <source>Fields to sum (counts)</source>
      <translation>Champs à sommer (effectifs)</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="66" />
      <source>INSEE code field</source>
      <translation>Champ du code INSEE</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="81" />
      <source>Population field (empty = the binding's population table)</source>
      <translation>Champ de population (vide = table de population de la liaison)</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="70" />
      <source>Unit code field (EPCI SIREN; empty for departments = from the INSEE code)</source>
      <translation>Champ du code de l'unité (SIREN de l'EPCI ; vide pour les départements = d'après le code INSEE)</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="73" />
      <source>Unit name field</source>
      <translation>Champ du nom de l'unité</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="68" />
      <source>Units</source>
      <translation>Unités</translation>
    </message>
    <message>
      <location filename="../../algorithms/aggregate_units.py" line="111" />
      <source>{} units built from {} communes.</source>
      <translation>{} unités formées à partir de {} communes.</translation>
    </message>
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
      <location filename="../../algorithms/apply_styles.py" line="165" />
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
      <location filename="../../algorithms/apply_styles.py" line="155" />
      <source>Styles saved in {}.</source>
      <translation>Styles enregistrés dans {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="121" />
      <source>The layer cannot be found or is not valid.</source>
      <translation>La couche est introuvable ou n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="166" />
      <source>{} QML files written in {}.</source>
      <translation>{} fichiers QML écrits dans {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="157" />
      <source>{} is not a GeoPackage written by this plugin: the styles are not saved in it (choose a QML folder to keep them).</source>
      <translation>{} n'est pas un GeoPackage écrit par ce plugin : les styles n'y sont pas enregistrés (choisissez un dossier QML pour les conserver).</translation>
    </message>
    <message>
      <location filename="../../algorithms/apply_styles.py" line="150" />
      <source>{} map themes added to the project.</source>
      <translation>{} thèmes de carte ajoutés au projet.</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="44" />
      <source>Atlas and exports</source>
      <translation>Atlas et exports</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="44" />
      <source>Diagnostics and sensitivity</source>
      <translation>Diagnostics et sensibilité</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="42" />
      <source>Index</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="43" />
      <source>Maps and typologies</source>
      <translation>Cartes et typologies</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="136" />
      <source>Replace the output file if it exists</source>
      <translation>Remplacer le fichier de sortie s'il existe</translation>
    </message>
    <message>
      <location filename="../../algorithms/base.py" line="42" />
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
      <location filename="../../algorithms/compare_runs.py" line="42" />
      <source>&lt;p&gt;Compares two layers computed by "Compute the digital fragility index" (two methods, or two data years) unit by unit, joined on their codes. The output, on the geometry of run A, holds for each unit the composite, rank and decile of both runs and their changes: &lt;code&gt;ifn_delta&lt;/code&gt; (B − A, left empty when the two composites are not on the same scale), &lt;code&gt;rang_delta&lt;/code&gt; (places climbed towards the most fragile: rank A − rank B) and &lt;code&gt;dec_delta&lt;/code&gt; (decile B − decile A). A positive change always means more fragile in run B. The diverging style shows gains in red and losses in blue.&lt;/p&gt;&lt;p&gt;Units missing from one run are listed in the log and in the output's &lt;i&gt;ifn_comparaison&lt;/i&gt; table, with the rank correlation and the units that move most.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Compare deux couches calculées par « Calculer l'indice de fragilité numérique » (deux méthodes, ou deux millésimes de données) unité par unité, jointes sur leurs codes. Le résultat, sur la géométrie du calcul A, donne pour chaque unité l'indice composite, le rang et le décile des deux calculs et leurs évolutions : &lt;code&gt;ifn_delta&lt;/code&gt; (B − A, laissé vide quand les deux indices composites ne sont pas sur la même échelle), &lt;code&gt;rang_delta&lt;/code&gt; (places gagnées vers les plus fragiles : rang A − rang B) et &lt;code&gt;dec_delta&lt;/code&gt; (décile B − décile A). Une évolution positive signifie toujours plus fragile dans le calcul B. Le style divergent montre les hausses en rouge et les baisses en bleu.&lt;/p&gt;&lt;p&gt;Les unités absentes d'un des calculs sont listées dans le journal et dans la table &lt;i&gt;ifn_comparaison&lt;/i&gt; du résultat, avec la corrélation des rangs et les unités qui bougent le plus.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="77" />
      <source>A scored layer cannot be found or is not valid.</source>
      <translation>Une couche indicée est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="69" />
      <source>Changes between the two runs</source>
      <translation>Évolutions entre les deux calculs</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="39" />
      <source>Compare two runs of the index</source>
      <translation>Comparer deux calculs de l'indice</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="71" />
      <source>Mean absolute rank change</source>
      <translation>Évolution absolue moyenne du rang</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="63" />
      <source>Method file of {}, if the layer does not record it</source>
      <translation>Fichier de méthode de {}, si la couche ne l'enregistre pas</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="55" />
      <source>Run A (scored layer)</source>
      <translation>Calcul A (couche indicée)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="56" />
      <source>Run B (scored layer)</source>
      <translation>Calcul B (couche indicée)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="59" />
      <source>Unit code field of {} (empty = the one recorded with the run)</source>
      <translation>Champ du code des unités de {} (vide = celui enregistré avec le calcul)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="70" />
      <source>Units found in both runs</source>
      <translation>Unités présentes dans les deux calculs</translation>
    </message>
    <message>
      <location filename="../../algorithms/compare_runs.py" line="92" />
      <source>Units only in run A: {}; only in run B: {}.</source>
      <translation>Unités présentes seulement dans le calcul A : {} ; seulement dans le calcul B : {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="68" />
      <source>&lt;p&gt;Computes the digital fragility index of every unit (commune, EPCI, IRIS) of the layer: the method's variables are read from the tables of the binding, joined on the INSEE code, imputed where needed (value of the EPCI, then of the department, then of the reference territory, always flagged), normalised over the reference territory and aggregated into four axes, a composite index and two sub-indices ("publics exposés", "aménagement").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unit layer&lt;/b&gt;: it is never modified; the result is a new layer (GeoPackage by default) with the index style and an &lt;i&gt;ifn_metadata&lt;/i&gt; table describing the method, the parameters, the sources, the proxy and absent variables.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: a JSON file (Hauts-de-France 2021 by default) you can copy and edit. &lt;b&gt;Binding&lt;/b&gt;: a JSON file linking each variable to a table and a column (by default the embedded Hauts-de-France open data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference territory&lt;/b&gt;: an expression choosing the units over which minimum, maximum and reference rates are taken (empty = every unit), for example &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;An existing output file is replaced only if &lt;b&gt;Replace the output file&lt;/b&gt; is checked (the default, as in QGIS); the new file is written under a temporary name and moved into place at the end, so a failed or cancelled run leaves the previous output intact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Units of the layer&lt;/b&gt;: EPCI or departments are scored from commune tables aggregated to the units (counts summed, other values population-weighted). Their access times are computed on their communes and averaged with the population as weight: give the commune polygons under &lt;i&gt;Communes of each unit&lt;/i&gt;, or use a layer built by "Aggregate by EPCI or department", which keeps them; otherwise the access times are absent (reported).&lt;/p&gt;&lt;p&gt;Fields written: &lt;code&gt;ifn&lt;/code&gt; (composite index), &lt;code&gt;ifn_ax1&lt;/code&gt; to &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; and &lt;code&gt;ifn_amg&lt;/code&gt; (sub-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (share of observed variables), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, and for each variable &lt;code&gt;v_&lt;/code&gt; (value), &lt;code&gt;i_&lt;/code&gt; (origin: obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) and &lt;code&gt;c_&lt;/code&gt; (contribution to the index).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule l'indice de fragilité numérique de chaque unité (commune, EPCI, IRIS) de la couche : les variables de la méthode sont lues dans les tables de la liaison, jointes par code INSEE, imputées si besoin (valeur de l'EPCI, puis du département, puis du territoire de référence, toujours signalée), normalisées sur le territoire de référence et agrégées en quatre axes, un indice composite et deux sous-indices (« publics exposés », « aménagement »).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche des unités&lt;/b&gt; : elle n'est jamais modifiée ; le résultat est une nouvelle couche (GeoPackage par défaut) avec le style de l'indice et une table &lt;i&gt;ifn_metadata&lt;/i&gt; qui décrit la méthode, les paramètres, les sources, les variables approchées et absentes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : fichier JSON (Hauts-de-France 2021 par défaut), copiable et modifiable. &lt;b&gt;Liaison&lt;/b&gt; : fichier JSON qui relie chaque variable à une table et une colonne (par défaut les données ouvertes Hauts-de-France intégrées).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Territoire de référence&lt;/b&gt; : expression qui choisit les unités sur lesquelles sont pris minimum, maximum et taux de référence (vide = toutes les unités), par exemple &lt;code&gt;"dep" = '59'&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Un fichier de sortie existant n'est remplacé que si &lt;b&gt;Remplacer le fichier de sortie&lt;/b&gt; est cochée (par défaut, comme dans QGIS) ; le nouveau fichier est écrit sous un nom temporaire puis mis en place à la fin : un calcul échoué ou annulé laisse la sortie précédente intacte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unités de la couche&lt;/b&gt; : les EPCI ou départements sont calculés à partir des tables communales agrégées aux unités (effectifs sommés, autres valeurs pondérées par la population). Leurs temps d'accès sont calculés sur leurs communes puis moyennés avec la population pour poids : donnez les polygones des communes dans &lt;i&gt;Communes de chaque unité&lt;/i&gt;, ou utilisez une couche produite par « Agréger par EPCI ou département », qui les conserve ; sinon les temps d'accès sont absents (signalé).&lt;/p&gt;&lt;p&gt;Champs écrits : &lt;code&gt;ifn&lt;/code&gt; (indice composite), &lt;code&gt;ifn_ax1&lt;/code&gt; à &lt;code&gt;ifn_ax4&lt;/code&gt; (axes), &lt;code&gt;ifn_pub&lt;/code&gt; et &lt;code&gt;ifn_amg&lt;/code&gt; (sous-indices), &lt;code&gt;ifn_rang&lt;/code&gt;, &lt;code&gt;ifn_dec&lt;/code&gt;, &lt;code&gt;ifn_cov&lt;/code&gt; (part des variables observées), &lt;code&gt;ifn_nimp&lt;/code&gt;, &lt;code&gt;ifn_imp&lt;/code&gt;, &lt;code&gt;ifn_manq&lt;/code&gt;, et pour chaque variable &lt;code&gt;v_&lt;/code&gt; (valeur), &lt;code&gt;i_&lt;/code&gt; (origine : obs, epci_t, epci_a, dep_a, ref_a, na, abs), &lt;code&gt;n_&lt;/code&gt; (score) et &lt;code&gt;c_&lt;/code&gt; (contribution à l'indice).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="119" />
      <source>As in the method</source>
      <translation>Selon la méthode</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="131" />
      <source>Axis weights (e.g. ax1=1; ax2=2; empty = the method's)</source>
      <translation>Poids des axes (ex. ax1=1; ax2=2 ; vide = ceux de la méthode)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="112" />
      <source>Binding of variables to tables (JSON)</source>
      <translation>Liaison des variables aux tables (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="192" />
      <source>Cannot read the axis weights "{}"; write for example ax1=1; ax2=2.</source>
      <translation>Poids des axes illisibles : « {} ». Écrivez par exemple ax1=1; ax2=2.</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="136" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="139" />
      <source>Communes of each unit: commune layer or table (empty = the ifn_members table of an aggregated layer)</source>
      <translation>Communes de chaque unité : couche ou table des communes (vide = table ifn_members d'une couche agrégée)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="65" />
      <source>Compute the digital fragility index</source>
      <translation>Calculer l'indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="106" />
      <source>Department code field, for imputation</source>
      <translation>Champ du code département, pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="137" />
      <source>Departments (commune tables aggregated)</source>
      <translation>Départements (tables communales agrégées)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="152" />
      <source>Digital fragility index</source>
      <translation>Indice de fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="136" />
      <source>EPCI (commune tables aggregated)</source>
      <translation>EPCI (tables communales agrégées)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="103" />
      <source>EPCI code field (SIREN), for imputation</source>
      <translation>Champ du code EPCI (SIREN), pour l'imputation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="141" />
      <source>INSEE code field of the commune layer</source>
      <translation>Champ du code INSEE de la couche des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="109" />
      <source>Method file (JSON)</source>
      <translation>Fichier de méthode (JSON)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="126" />
      <source>Minimum share of variables present per axis ("available" rule)</source>
      <translation>Part minimale de variables présentes par axe (règle « available »)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="121" />
      <source>Missing values</source>
      <translation>Valeurs manquantes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="118" />
      <source>Normalisation</source>
      <translation>Normalisation</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="115" />
      <source>Reference territory (expression; empty = every unit)</source>
      <translation>Territoire de référence (expression ; vide = toutes les unités)</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="165" />
      <source>To score EPCI or departments from commune tables, give the communes of each unit (a commune layer with the unit code), or use a layer built by "Aggregate by EPCI or department".</source>
      <translation>Pour calculer l'indice des EPCI ou des départements à partir de tables communales, indiquez les communes de chaque unité (une couche des communes avec le code de l'unité), ou utilisez une couche produite par « Agréger par EPCI ou département ».</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="142" />
      <source>Unit code field of the commune layer</source>
      <translation>Champ du code de l'unité dans la couche des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="135" />
      <source>Units of the layer</source>
      <translation>Unités de la couche</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="123" />
      <source>available: mean of the variables present</source>
      <translation>available : moyenne des variables présentes</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="122" />
      <source>parent: value of the EPCI, the department, the reference</source>
      <translation>parent : valeur de l'EPCI, du département, de la référence</translation>
    </message>
    <message>
      <location filename="../../algorithms/compute_index.py" line="235" />
      <source>{} units scored ({} in the reference territory).</source>
      <translation>{} unités calculées ({} dans le territoire de référence).</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="37" />
      <source>&lt;p&gt;The statistical checks of a composite indicator (OECD/JRC handbook) on a layer computed by "Compute the digital fragility index": for each variable its coverage, minimum, maximum, skewness and kurtosis, its outliers, and a warning when a single unit sets the end of a min-max scale; the correlation matrix of the normalised variables as a heat map; Cronbach's alpha of each axis; the variance explained by the principal components; the correlation of each axis with the composite.&lt;/p&gt;&lt;p&gt;The report is written as HTML (charts included, one file to share) and Markdown (charts as PNG files in the &lt;i&gt;_images&lt;/i&gt; folder next to it). The layer is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method file&lt;/b&gt;: only needed when the layer has no &lt;i&gt;ifn_metadata&lt;/i&gt; table (a shapefile, for instance).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Les contrôles statistiques d'un indicateur composite (manuel OCDE/JRC) sur une couche calculée par « Calculer l'indice de fragilité numérique » : pour chaque variable sa couverture, son minimum, son maximum, son asymétrie et son aplatissement, ses valeurs extrêmes, et un avertissement quand une seule unité fixe une extrémité d'une échelle min-max ; la matrice des corrélations des variables normalisées en carte de chaleur ; l'alpha de Cronbach de chaque axe ; la variance expliquée par les composantes principales ; la corrélation de chaque axe avec l'indice composite.&lt;/p&gt;&lt;p&gt;Le rapport est écrit en HTML (graphiques inclus, un seul fichier à partager) et en Markdown (graphiques en fichiers PNG dans le dossier &lt;i&gt;_images&lt;/i&gt; voisin). La couche est seulement lue.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fichier de méthode&lt;/b&gt; : nécessaire seulement quand la couche n'a pas de table &lt;i&gt;ifn_metadata&lt;/i&gt; (un shapefile, par exemple).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="59" />
      <source>Diagnostics report (HTML)</source>
      <translation>Rapport de diagnostic (HTML)</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="60" />
      <source>Diagnostics report (Markdown)</source>
      <translation>Rapport de diagnostic (Markdown)</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="34" />
      <source>Diagnostics report of the index</source>
      <translation>Rapport de diagnostic de l'indice</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="59" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="56" />
      <source>Method file, if the layer does not record it</source>
      <translation>Fichier de méthode, si la couche ne l'enregistre pas</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="61" />
      <source>Number of warnings</source>
      <translation>Nombre d'avertissements</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="51" />
      <source>Scored layer (output of the index)</source>
      <translation>Couche de l'indice (sortie du calcul)</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="66" />
      <source>The scored layer cannot be found or is not valid.</source>
      <translation>La couche de l'indice est introuvable ou n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/diagnostics_report.py" line="53" />
      <source>Unit code field (empty = the one recorded with the run)</source>
      <translation>Champ du code des unités (vide = celui enregistré avec le calcul)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="70" />
      <source>&lt;p&gt;Prints the index as atlas pages made with the QGIS layout engine, from a layer computed by "Compute the digital fragility index" (the layer is only read).&lt;/p&gt;&lt;p&gt;&lt;b&gt;EPCI atlas&lt;/b&gt; (A4 landscape, one page per EPCI): the EPCI's communes coloured by the composite index with the legend, a locator map of the reference territory, a bar chart of the axes and sub-indices against the reference territory (values printed on the bars), the table of the variables with their years, the typology when the layer has it, sources and method, scale bar and north arrow. Without an EPCI layer, the EPCI values are the simple mean of its communes' values and are labelled "moyenne des communes"; with an EPCI-level scored layer its own values are shown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Commune fiches&lt;/b&gt; (A4 portrait, one page per commune): the same for one commune, with its rank, decile, each variable's value, origin (observed or imputed), score and contribution.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filter&lt;/b&gt;: an expression choosing the pages: on the communes for the fiches (for example &lt;code&gt;"epci" = '200071785'&lt;/code&gt; for the fiches of one EPCI's communes), on the EPCI for the atlas (its code and name fields, for example &lt;code&gt;"epci_nom" LIKE 'CA %'&lt;/code&gt;). &lt;b&gt;Output&lt;/b&gt;: one multi-page PDF, or one PDF or PNG per page named after the output file and the code (&lt;code&gt;fiche.pdf&lt;/code&gt; gives &lt;code&gt;fiche_02001.pdf&lt;/code&gt;…). Existing files are kept unless you choose to overwrite them; a cancelled or failed export leaves no partial file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Template&lt;/b&gt;: a .qpt layout template to use instead of the shipped one (copy &lt;i&gt;resources/layouts/&lt;/i&gt; and keep the item ids).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Imprime l'indice sous forme de pages d'atlas réalisées avec le moteur de mise en page de QGIS, à partir d'une couche calculée par « Calculer l'indice de fragilité numérique » (la couche est seulement lue).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Atlas des EPCI&lt;/b&gt; (A4 paysage, une page par EPCI) : les communes de l'EPCI colorées selon l'indice composite avec la légende, une carte de localisation dans le territoire de référence, un graphique en barres des axes et sous-indices comparés au territoire de référence (valeurs écrites sur les barres), le tableau des variables avec leur millésime, la typologie si la couche l'a, les sources et la méthode, l'échelle et la flèche du nord. Sans couche des EPCI, les valeurs de l'EPCI sont la moyenne simple des valeurs de ses communes et sont libellées « moyenne des communes » ; avec une couche de l'indice au niveau EPCI, ses propres valeurs sont affichées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fiches communes&lt;/b&gt; (A4 portrait, une page par commune) : la même chose pour une commune, avec son rang, son décile, et pour chaque variable sa valeur, son origine (observée ou imputée), son score et sa contribution.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filtre&lt;/b&gt; : une expression qui choisit les pages : sur les communes pour les fiches (par exemple &lt;code&gt;"epci" = '200071785'&lt;/code&gt; pour les fiches des communes d'un EPCI), sur les EPCI pour l'atlas (ses champs de code et de nom, par exemple &lt;code&gt;"epci_nom" LIKE 'CA %'&lt;/code&gt;). &lt;b&gt;Sortie&lt;/b&gt; : un PDF de plusieurs pages, ou un PDF ou une image PNG par page, nommés d'après le fichier de sortie et le code (&lt;code&gt;fiche.pdf&lt;/code&gt; donne &lt;code&gt;fiche_02001.pdf&lt;/code&gt;…). Les fichiers existants sont conservés sauf si vous choisissez de les écraser ; un export annulé ou en échec ne laisse aucun fichier partiel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : un modèle de mise en page .qpt à utiliser à la place de celui fourni (copiez &lt;i&gt;resources/layouts/&lt;/i&gt; et gardez les identifiants des éléments).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="134" />
      <source>Atlas (PDF; for one file per page, the name prefix)</source>
      <translation>Atlas (PDF ; pour un fichier par page, le préfixe des noms)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="106" />
      <source>Commune code field</source>
      <translation>Champ du code commune</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="96" />
      <source>Commune fiches (A4 portrait, one page per commune)</source>
      <translation>Fiches communes (A4 portrait, une page par commune)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="108" />
      <source>Commune name field</source>
      <translation>Champ du nom de la commune</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="115" />
      <source>Department field of the communes</source>
      <translation>Champ du département des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="93" />
      <source>Digital fragility index (commune layer)</source>
      <translation>Indice de fragilité numérique (couche des communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="95" />
      <source>EPCI atlas (A4 landscape, one page per EPCI)</source>
      <translation>Atlas des EPCI (A4 paysage, une page par EPCI)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="120" />
      <source>EPCI code field of the EPCI layer</source>
      <translation>Champ du code EPCI de la couche des EPCI</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="110" />
      <source>EPCI code field of the communes</source>
      <translation>Champ du code EPCI des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="123" />
      <source>EPCI name field of the EPCI layer</source>
      <translation>Champ du nom de l'EPCI de la couche des EPCI</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="112" />
      <source>EPCI name field of the communes</source>
      <translation>Champ du nom de l'EPCI des communes</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="117" />
      <source>EPCI-level index layer (optional; default: mean of the communes)</source>
      <translation>Couche de l'indice au niveau EPCI (facultatif ; par défaut : moyenne des communes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="64" />
      <source>Export the atlas</source>
      <translation>Exporter l'atlas</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="102" />
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="136" />
      <source>Files written</source>
      <translation>Fichiers écrits</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="99" />
      <source>Filter (expression; empty = every page)</source>
      <translation>Filtre (expression ; vide = toutes les pages)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="126" />
      <source>Layout template (.qpt; empty = the shipped one)</source>
      <translation>Modèle de mise en page (.qpt ; vide = celui fourni)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="102" />
      <source>One PDF per page</source>
      <translation>Un PDF par page</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="103" />
      <source>One PNG image per page</source>
      <translation>Une image PNG par page</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="102" />
      <source>One multi-page PDF</source>
      <translation>Un PDF de plusieurs pages</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="31" />
      <source>Overwrite it</source>
      <translation>L'écraser</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="134" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="95" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="131" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="31" />
      <source>Stop without writing anything</source>
      <translation>Arrêter sans rien écrire</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="147" />
      <source>The commune layer cannot be found or is not valid.</source>
      <translation>La couche des communes est introuvable ou invalide.</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="30" />
      <source>When an output file already exists</source>
      <translation>Si un fichier de sortie existe déjà</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_atlas.py" line="171" />
      <source>{} page(s) written to {} file(s).</source>
      <translation>{} page(s) écrite(s) dans {} fichier(s).</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="40" />
      <source>&lt;p&gt;Writes the attributes of a layer (typically the output of "Compute the digital fragility index") as a table that spreadsheets open directly. The layer is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt; (.csv): as French Excel and LibreOffice expect it: ";" separator, decimal comma, UTF-8 with BOM; the metadata go to a &lt;i&gt;_metadonnees.csv&lt;/i&gt; file next to it. &lt;b&gt;XLSX&lt;/b&gt; (.xlsx): a "Données" sheet and a "Métadonnées" sheet, written with openpyxl or, when it is not installed, with GDAL. Codes (INSEE, SIREN) stay text and keep their leading zeros; in Excel, prefer the XLSX file, which keeps them as text.&lt;/p&gt;&lt;p&gt;The metadata list the method, its parameters, the sources with their years, the proxy and absent variables, the meaning of each field, the plugin version and the dates of the computation and of the export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filter&lt;/b&gt;: an expression choosing the rows, for example &lt;code&gt;"epci" = '200071785'&lt;/code&gt;. &lt;b&gt;Fields&lt;/b&gt;: the columns to write (empty = all). Existing files are kept unless you choose to overwrite them.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Écrit les attributs d'une couche (en général la sortie de « Calculer l'indice de fragilité numérique ») dans une table que les tableurs ouvrent directement. La couche est seulement lue.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt; (.csv) : tel que l'attendent Excel et LibreOffice en français : séparateur « ; », virgule décimale, UTF-8 avec BOM ; les métadonnées vont dans un fichier &lt;i&gt;_metadonnees.csv&lt;/i&gt; à côté. &lt;b&gt;XLSX&lt;/b&gt; (.xlsx) : une feuille « Données » et une feuille « Métadonnées », écrites avec openpyxl ou, s'il n'est pas installé, avec GDAL. Les codes (INSEE, SIREN) restent du texte et gardent leurs zéros initiaux ; dans Excel, préférez le fichier XLSX, qui les garde en texte.&lt;/p&gt;&lt;p&gt;Les métadonnées donnent la méthode, ses paramètres, les sources avec leur millésime, les variables approchées et absentes, la signification de chaque champ, la version du plugin et les dates du calcul et de l'export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Filtre&lt;/b&gt; : une expression qui choisit les lignes, par exemple &lt;code&gt;"epci" = '200071785'&lt;/code&gt;. &lt;b&gt;Champs&lt;/b&gt; : les colonnes à écrire (vide = toutes). Les fichiers existants sont conservés sauf si vous choisissez de les écraser.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="68" />
      <source>CSV for spreadsheets (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV pour tableur (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="37" />
      <source>Export the table for spreadsheets</source>
      <translation>Exporter la table pour tableur</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="62" />
      <source>Fields (empty = all)</source>
      <translation>Champs (vide = tous)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="59" />
      <source>Filter (expression; empty = every row)</source>
      <translation>Filtre (expression ; vide = toutes les lignes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="57" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="68" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="65" />
      <source>Write the metadata (sheet or _metadonnees.csv file)</source>
      <translation>Écrire les métadonnées (feuille ou fichier _metadonnees.csv)</translation>
    </message>
    <message>
      <location filename="../../algorithms/export_table.py" line="89" />
      <source>Written: {}</source>
      <translation>Écrit : {}</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="60" />
      <source>&lt;p&gt;Joins a source table to the units of a layer on their code and writes a new layer with the table's columns, and a join report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table&lt;/b&gt;: a CSV file (UTF-8 or Windows-1252, separator ; , tab or |, French numbers with spaces or no-break spaces as thousands separators and a decimal comma), an INSEE XLSX or ODS file (title rows above the column codes are skipped), a DBF, a GeoPackage table, or a layer or table of the project. Every cell is read as text, then converted explicitly: codes keep their leading zero (a code that lost it, 2001 for 02001, is restored and counted); secret or missing values (s, nd, secret, empty) become empty and are counted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Passage table&lt;/b&gt;: for a table on an older COG vintage (old code → new code, the INSEE layout as it comes): counts are summed onto the new code; other values take a mean weighted by the weight column and are flagged. Paris, Lyon and Marseille arrondissements are summed to their commune when the layer has the commune. Rows sharing a code are an error unless you choose to sum them (the number of rows is then in &lt;i&gt;n_rows&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Report&lt;/b&gt; (HTML or CSV, also stored in the &lt;i&gt;ifn_metadata&lt;/i&gt; table of the output): codes matched, units without a row, table codes without a unit, codes repaired or invalid, rows merged, values that are not numbers. Neither the layer nor the table is modified.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Joint une table source aux unités d'une couche sur leur code et écrit une nouvelle couche avec les colonnes de la table, ainsi qu'un rapport de jointure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table&lt;/b&gt; : un fichier CSV (UTF-8 ou Windows-1252, séparateur ; , tabulation ou |, nombres à la française avec espaces ou espaces insécables comme séparateurs de milliers et virgule décimale), un fichier XLSX ou ODS de l'INSEE (les lignes de titre au-dessus des codes de colonnes sont ignorées), un DBF, une table GeoPackage, ou une couche ou une table du projet. Chaque cellule est lue comme du texte puis convertie explicitement : les codes gardent leur zéro initial (un code qui l'a perdu, 2001 pour 02001, est restauré et compté) ; les valeurs secrètes ou manquantes (s, nd, secret, vide) deviennent vides et sont comptées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table de passage&lt;/b&gt; : pour une table sur un millésime plus ancien du COG (ancien code → nouveau code, au format INSEE tel quel) : les effectifs sont sommés sur le nouveau code ; les autres valeurs prennent une moyenne pondérée par la colonne de pondération et sont signalées. Les arrondissements de Paris, Lyon et Marseille sont sommés dans leur commune quand la couche contient la commune. Des lignes partageant un code sont une erreur, sauf si vous choisissez de les sommer (le nombre de lignes est alors dans &lt;i&gt;n_rows&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rapport&lt;/b&gt; (HTML ou CSV, conservé aussi dans la table &lt;i&gt;ifn_metadata&lt;/i&gt; de la sortie) : codes trouvés, unités sans ligne, codes de la table sans unité, codes réparés ou invalides, lignes fusionnées, valeurs non numériques. Ni la couche ni la table ne sont modifiées.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="131" />
      <source>Choose one source table: a file or a layer of the project.</source>
      <translation>Choisissez une seule table source : un fichier ou une couche du projet.</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="96" />
      <source>Code column of the table (empty = found automatically)</source>
      <translation>Colonne du code dans la table (vide = trouvée automatiquement)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="108" />
      <source>Column weighting the other values when rows are merged (e.g. population)</source>
      <translation>Colonne pondérant les autres valeurs quand des lignes sont fusionnées (par exemple la population)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="98" />
      <source>Columns to join, separated by commas (empty = all)</source>
      <translation>Colonnes à joindre, séparées par des virgules (vide = toutes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="85" />
      <source>Commune (INSEE code)</source>
      <translation>Commune (code INSEE)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="103" />
      <source>Count columns, summed when rows are merged (INSEE counts are recognised)</source>
      <translation>Colonnes d'effectifs, sommées quand des lignes sont fusionnées (les effectifs INSEE sont reconnus)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="85" />
      <source>EPCI (SIREN)</source>
      <translation>EPCI (SIREN)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="84" />
      <source>Geographic level of the codes</source>
      <translation>Niveau géographique des codes</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="122" />
      <source>HTML (*.html);;CSV (*.csv)</source>
      <translation>HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="85" />
      <source>IRIS</source>
      <translation>IRIS</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="122" />
      <source>Join report</source>
      <translation>Rapport de jointure</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="57" />
      <source>Join source tables</source>
      <translation>Joindre des tables sources</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="120" />
      <source>Joined layer</source>
      <translation>Couche jointe</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="100" />
      <source>Passage table to the layer's COG vintage (old code → new code)</source>
      <translation>Table de passage vers le millésime du COG de la couche (ancien code → nouveau code)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="115" />
      <source>Prefix of the joined fields</source>
      <translation>Préfixe des champs joints</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="94" />
      <source>Sheet (XLSX, ODS) or table (GeoPackage)</source>
      <translation>Feuille (XLSX, ODS) ou table (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="88" />
      <source>Source table (CSV, XLSX, ODS, DBF, GeoPackage)</source>
      <translation>Table source (CSV, XLSX, ODS, DBF, GeoPackage)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="113" />
      <source>Sum the rows that share a code (otherwise they are an error)</source>
      <translation>Sommer les lignes qui partagent un code (sinon c'est une erreur)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="89" />
      <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)</source>
      <translation>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="101" />
      <source>Tables (*.csv *.txt *.xlsx *.ods *.dbf);;All files (*)</source>
      <translation>Tables (*.csv *.txt *.xlsx *.ods *.dbf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="82" />
      <source>Unit code field</source>
      <translation>Champ du code de l'unité</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="156" />
      <source>{} of {} units found in the table; {} units without a row; {} table codes without a unit.</source>
      <translation>{} unités sur {} trouvées dans la table ; {} unités sans ligne ; {} codes de la table sans unité.</translation>
    </message>
    <message>
      <location filename="../../algorithms/join_tables.py" line="91" />
      <source>…or a layer or table of the project</source>
      <translation>… ou une couche ou une table du projet</translation>
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
      <location filename="../../algorithms/provider.py" line="49" />
      <source>Digital fragility</source>
      <translation>Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="44" />
      <source>&lt;p&gt;How much can each unit's rank be trusted? The index is computed many times, each run drawing the method's choices: the axis weights within a spread around the method's, a normalisation among those compatible with the data, and a missing-value rule. Each unit gets its median rank and its 5–95 % rank interval.&lt;/p&gt;&lt;p&gt;The inputs are those of "Compute the digital fragility index" (the method's own choices are the reference run). The output is a new layer with every index field plus &lt;code&gt;ifn_rmed&lt;/code&gt; (median rank), &lt;code&gt;ifn_r05&lt;/code&gt; and &lt;code&gt;ifn_r95&lt;/code&gt; (interval bounds) and &lt;code&gt;ifn_stab&lt;/code&gt; (stability: 1 minus the interval width over the number of units ranked; 1 = same rank in every run), styled by stability classes. The optional report (HTML and Markdown) tells which choice moves ranks most, with a chart of the intervals and the least stable units.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seed&lt;/b&gt;: the same seed gives the same result; 0 draws a new seed, recorded in the output's ifn_metadata table.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Quelle confiance accorder au rang de chaque unité ? L'indice est calculé de nombreuses fois, chaque tirage faisant varier les choix de la méthode : les poids des axes dans une fourchette autour de ceux de la méthode, une normalisation parmi celles compatibles avec les données, et une règle des valeurs manquantes. Chaque unité reçoit son rang médian et son intervalle de rang à 5–95 %.&lt;/p&gt;&lt;p&gt;Les entrées sont celles de « Calculer l'indice de fragilité numérique » (les choix de la méthode forment le calcul de référence). Le résultat est une nouvelle couche avec tous les champs de l'indice plus &lt;code&gt;ifn_rmed&lt;/code&gt; (rang médian), &lt;code&gt;ifn_r05&lt;/code&gt; et &lt;code&gt;ifn_r95&lt;/code&gt; (bornes de l'intervalle) et &lt;code&gt;ifn_stab&lt;/code&gt; (stabilité : 1 moins la largeur de l'intervalle rapportée au nombre d'unités classées ; 1 = même rang à chaque tirage), stylée par classes de stabilité. Le rapport facultatif (HTML et Markdown) indique le choix qui déplace le plus les rangs, avec un graphique des intervalles et les unités les moins stables.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Graine&lt;/b&gt; : la même graine donne le même résultat ; 0 tire une nouvelle graine, enregistrée dans la table ifn_metadata du résultat.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="85" />
      <source>Choice that moves ranks most</source>
      <translation>Choix qui déplace le plus les rangs</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="95" />
      <source>Choose at least one normalisation and one missing-value rule.</source>
      <translation>Choisissez au moins une normalisation et une règle des valeurs manquantes.</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="74" />
      <source>Missing-value rules drawn (the method's is always among them)</source>
      <translation>Règles des valeurs manquantes tirées (celle de la méthode en fait toujours partie)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="71" />
      <source>Normalisations drawn (the method's is always among them)</source>
      <translation>Normalisations tirées (celle de la méthode en fait toujours partie)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="62" />
      <source>Number of Monte Carlo runs</source>
      <translation>Nombre de tirages Monte Carlo</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="65" />
      <source>Random seed (0 = new seed)</source>
      <translation>Graine aléatoire (0 = nouvelle graine)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="81" />
      <source>Rank stability</source>
      <translation>Stabilité du classement</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="41" />
      <source>Rank stability (Monte Carlo)</source>
      <translation>Stabilité du classement (Monte-Carlo)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="83" />
      <source>Rank stability report (HTML, with a Markdown copy)</source>
      <translation>Rapport de stabilité du classement (HTML, avec une copie Markdown)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="110" />
      <source>Seed {}; the choice that moves ranks most: {}.</source>
      <translation>Graine {} ; le choix qui déplace le plus les rangs : {}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="68" />
      <source>Spread of the axis weights (0.25 = each weight within ±25 %)</source>
      <translation>Dispersion des poids des axes (0,25 = chaque poids à ±25 %)</translation>
    </message>
    <message>
      <location filename="../../algorithms/rank_stability.py" line="79" />
      <source>Unit name field, for the report</source>
      <translation>Champ du nom des unités, pour le rapport</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="84" />
      <source>Cannot create {file}: {reason}.</source>
      <translation>Impossible de créer {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="127" />
      <source>Class profiles</source>
      <translation>Profils des classes</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="192" />
      <source>Inertia gains (choose the number of classes after which they drop):</source>
      <translation>Gains d'inertie (choisissez le nombre de classes après lequel ils chutent) :</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="73" />
      <source>Output {file}: the table format '{suffix}' is not supported; use .csv, .xlsx or .gpkg.</source>
      <translation>Sortie {file} : le format de table « {suffix} » n'est pas pris en charge ; utilisez .csv, .xlsx ou .gpkg.</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="117" />
      <source>Population field (for the class profiles)</source>
      <translation>Champ de population (pour les profils de classes)</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="122" />
      <source>Territory name (for the layer group)</source>
      <translation>Nom du territoire (pour le groupe de couches)</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="194" />
      <source>{count} classes: gain {gain:.1f} % of the inertia, {explained:.1f} % explained</source>
      <translation>{count} classes : gain de {gain:.1f} % de l'inertie, {explained:.1f} % expliqués</translation>
    </message>
    <message>
      <location filename="../../algorithms/typology_base.py" line="188" />
      <source>{typology} class {code} – {label}: {count} units ({share:.1f} %)</source>
      <translation>{typology} classe {code} – {label} : {count} unités ({share:.1f} %)</translation>
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
      <location filename="../../core/access_sources.py" line="123" />
      <source>{file}: column '{column}' holds {count} negative count(s) (e.g. code {codes}); a number of equipments cannot be negative: correct the table.</source>
      <translation>{file} : la colonne « {column} » contient {count} effectif(s) négatif(s) (par exemple code {codes}) ; un nombre d'équipements ne peut pas être négatif : corrigez la table.</translation>
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
      <location filename="../../core/binding.py" line="334" />
      <source>Binding file not found: {file}.</source>
      <translation>Fichier de liaison introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="335" />
      <source>Cannot read the binding file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de liaison {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="248" />
      <source>{file}: 'format' must be "{expected}".</source>
      <translation>{file} : « format » doit valoir « {expected} ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="291" />
      <source>{file}: '{key}' binds a variable that method '{method}' does not have (its variables: {choices}).</source>
      <translation>{file} : « {key} » lie une variable que la méthode « {method} » n'a pas (ses variables : {choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="327" />
      <source>{file}: '{key}' has both an 'access' block and {columns}; a variable is either read from a table or computed as an access time.</source>
      <translation>{file} : '{key}' a à la fois un bloc 'access' et {columns} ; une variable est soit lue dans une table, soit calculée comme un temps d'accès.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="323" />
      <source>{file}: '{key}' is 'absent' but has an 'access' block; set its status to 'real' (or 'proxy') or remove 'access'.</source>
      <translation>{file} : '{key}' est 'absent' mais a un bloc 'access' ; mettez son statut à 'real' (ou 'proxy') ou retirez 'access'.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="234" />
      <source>{file}: '{key}' must be a column name or a list of column names.</source>
      <translation>{file} : « {key} » doit être un nom de colonne ou une liste de noms de colonnes.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="225" />
      <source>{file}: '{key}' must be a column name.</source>
      <translation>{file} : « {key} » doit être un nom de colonne.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="273" />
      <source>{file}: '{key}' must be a list of column names.</source>
      <translation>{file} : « {key} » doit être une liste de noms de colonnes.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="223" />
      <source>{file}: '{key}' must be a positive number.</source>
      <translation>{file} : « {key} » doit être un nombre positif.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="211" />
      <source>{file}: '{key}' names table '{value}', which is not declared in 'tables' ({choices}).</source>
      <translation>{file} : « {key} » désigne la table « {value} », qui n'est pas déclarée dans « tables » ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="153" />
      <source>{file}: '{key}' names the folder {path}, not a file; name the table file itself (paths are relative to the binding file's folder).</source>
      <translation>{file} : « {key} » désigne le dossier {path}, pas un fichier ; indiquez le fichier de la table lui-même (les chemins sont relatifs au dossier du fichier de liaison).</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="150" />
      <source>{file}: '{key}' names {path}, which does not exist; correct the path or put the file back.</source>
      <translation>{file} : « {key} » désigne {path}, qui n'existe pas ; corrigez le chemin ou remettez le fichier en place.</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="220" />
      <source>{file}: '{key}' needs both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande à la fois « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="217" />
      <source>{file}: '{key}' needs either 'column' or both 'numerator' and 'denominator'.</source>
      <translation>{file} : « {key} » demande soit « column », soit « numerator » et « denominator ».</translation>
    </message>
    <message>
      <location filename="../../core/binding.py" line="307" />
      <source>{file}: '{key}': a parent level is 'epci' or 'dep'.</source>
      <translation>{file} : « {key} » : un niveau parent est « epci » ou « dep ».</translation>
    </message>
    <message>
      <location filename="../../core/binding_draft.py" line="61" />
      <source>Variable '{variable}' has no column yet: choose its table and column before marking it real or proxy.</source>
      <translation>La variable « {variable} » n'a pas encore de colonne : choisissez sa table et sa colonne avant de la marquer réelle ou approchée.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="252" />
      <source>Class limits {limits} must be strictly increasing; sort them and remove repeated values.</source>
      <translation>Les limites de classes {limits} doivent être strictement croissantes ; triez-les et retirez les valeurs répétées.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="249" />
      <source>Class limits {limits}: give at least one finite number, e.g. 0.2; 0.4; 0.6.</source>
      <translation>Limites de classes {limits} : indiquez au moins un nombre fini, p. ex. 0.2; 0.4; 0.6.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="291" />
      <source>Field {field} has only {distinct} distinct value(s): {distinct} class(es) instead of {count}.</source>
      <translation>Le champ {field} n'a que {distinct} valeur(s) distincte(s) : {distinct} classe(s) au lieu de {count}.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="245" />
      <source>Field {field}: no unit has a value, there is nothing to classify.</source>
      <translation>Champ {field} : aucune unité n'a de valeur, il n'y a rien à classer.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="298" />
      <source>Field {field}: tied values merge some classes; {got} class(es) instead of {count}.</source>
      <translation>Champ {field} : des valeurs égales fusionnent des classes ; {got} classe(s) au lieu de {count}.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="84" />
      <source>No value to classify.</source>
      <translation>Aucune valeur à classer.</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="288" />
      <source>The number of classes must be at least 1 (got {count}).</source>
      <translation>Le nombre de classes doit être au moins 1 (reçu : {count}).</translation>
    </message>
    <message>
      <location filename="../../core/classify.py" line="276" />
      <source>Unknown classification '{method}'; use one of {methods}.</source>
      <translation>Classification « {method} » inconnue ; utilisez l'une de {methods}.</translation>
    </message>
    <message>
      <location filename="../../core/codes.py" line="198" />
      <source>Unknown geographic level '{value}' (choose among {choices}).</source>
      <translation>Niveau géographique « {value} » inconnu (choisissez parmi {choices}).</translation>
    </message>
    <message>
      <location filename="../../core/codes.py" line="189" />
      <source>{file}: no column holds codes of level '{kind}' (for communes, 5 characters such as 02001 or 2A004); choose the code column, or check the geographic level.</source>
      <translation>{file} : aucune colonne ne contient de codes de niveau « {kind} » (pour les communes, 5 caractères comme 02001 ou 2A004) ; choisissez la colonne du code, ou vérifiez le niveau géographique.</translation>
    </message>
    <message>
      <location filename="../../core/codes.py" line="186" />
      <source>{file}: several columns hold codes of level '{kind}' ({columns}); choose the code column.</source>
      <translation>{file} : plusieurs colonnes contiennent des codes de niveau « {kind} » ({columns}) ; choisissez la colonne du code.</translation>
    </message>
    <message>
      <location filename="../../core/codes.py" line="48" />
      <source>{file}: {count} code(s) of column '{column}' had lost their leading zero (e.g. read as numbers by a spreadsheet); they were restored.</source>
      <translation>{file} : {count} code(s) de la colonne « {column} » avaient perdu leur zéro initial (lus comme des nombres par un tableur, par exemple) ; ils ont été restaurés.</translation>
    </message>
    <message>
      <location filename="../../core/codes.py" line="52" />
      <source>{file}: {count} value(s) of column '{column}' are not codes of level '{kind}' and were left out, e.g. {codes} (lines {lines}).</source>
      <translation>{file} : {count} valeur(s) de la colonne « {column} » ne sont pas des codes de niveau « {kind} » et ont été écartées, par exemple {codes} (lignes {lines}).</translation>
    </message>
    <message>
      <location filename="../../core/cog.py" line="112" />
      <source>{file}, line {line}: '{value}' in column '{column}' is not an INSEE commune code; fix the passage table.</source>
      <translation>{file}, ligne {line} : « {value} » dans la colonne « {column} » n'est pas un code commune INSEE ; corrigez la table de passage.</translation>
    </message>
    <message>
      <location filename="../../core/cog.py" line="94" />
      <source>{file}, lines {lines} (columns '{old}' → '{new}'): the passage table has a cycle through code(s) {codes} (a code leads back to itself); fix the table.</source>
      <translation>{file}, lignes {lines} (colonnes « {old} » → « {new} ») : la table de passage contient un cycle par le(s) code(s) {codes} (un code ramène à lui-même) ; corrigez la table.</translation>
    </message>
    <message>
      <location filename="../../core/cog.py" line="122" />
      <source>{file}, lines {lines}: code {code} is mapped to several new codes ({codes}); a split commune cannot be harmonised by summing. Keep one row per old code.</source>
      <translation>{file}, lignes {lines} : le code {code} correspond à plusieurs nouveaux codes ({codes}) ; une commune scindée ne peut pas être harmonisée par somme. Gardez une ligne par ancien code.</translation>
    </message>
    <message>
      <location filename="../../core/cog.py" line="67" />
      <source>{file}: cannot tell the old and new code columns of the passage table (expected columns such as CODGEO_2018 and CODGEO_2019); name them. The table has: {available}.</source>
      <translation>{file} : impossible de reconnaître les colonnes de l'ancien et du nouveau code de la table de passage (colonnes attendues du type CODGEO_2018 et CODGEO_2019) ; nommez-les. La table contient : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/cog.py" line="106" />
      <source>{file}: column(s) {columns} not found; the table has: {available}.</source>
      <translation>{file} : colonne(s) {columns} introuvable(s) ; la table contient : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="136" />
      <source>No code of run '{a}' is found in run '{b}' (e.g. {codes_a} against {codes_b}); choose the code field of each layer.</source>
      <translation>Aucun code du calcul « {a} » ne se retrouve dans le calcul « {b} » (par exemple {codes_a} contre {codes_b}) ; choisissez le champ du code de chaque couche.</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="77" />
      <source>Run '{run}' has no field {columns}: compare two outputs of the index computation.</source>
      <translation>Le calcul « {run} » n'a pas le champ {columns} : comparez deux résultats du calcul de l'indice.</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="87" />
      <source>Run '{run}': code(s) {codes} appear more than once in field '{field}'.</source>
      <translation>Calcul « {run} » : le ou les codes {codes} apparaissent plusieurs fois dans le champ « {field} ».</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="83" />
      <source>Run '{run}': {count} unit(s) have no code in field '{field}'.</source>
      <translation>Calcul « {run} » : {count} unité(s) n'ont pas de code dans le champ « {field} ».</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="154" />
      <source>Run A ranks {a} units and run B {b}: the reference territories differ, so rank changes mix two rankings.</source>
      <translation>Le calcul A classe {a} unités et le calcul B {b} : les territoires de référence diffèrent, les évolutions de rang mêlent donc deux classements.</translation>
    </message>
    <message>
      <location filename="../../core/compare.py" line="150" />
      <source>The two runs do not put the composite on the same scale (method, normalisation or scale differ): score changes are left empty; compare ranks and deciles.</source>
      <translation>Les deux calculs ne placent pas l'indice composite sur la même échelle (méthode, normalisation ou échelle différentes) : les évolutions de l'indice sont laissées vides ; comparez les rangs et les déciles.</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="283" />
      <source>No unit of the table is in the reference territory (field '{field}').</source>
      <translation>Aucune unité de la table n'appartient au territoire de référence (champ « {field} »).</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="278" />
      <source>The table has no field '{field}': it is not the output of the index computation.</source>
      <translation>La table n'a pas de champ « {field} » : ce n'est pas un résultat du calcul de l'indice.</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="244" />
      <source>Variable '{variable}' has no observed value in the reference territory.</source>
      <translation>La variable « {variable} » n'a aucune valeur observée dans le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="248" />
      <source>Variable '{variable}': skewness {skew} and kurtosis {kurt} exceed the JRC limits (2 and 3.5); consider winsorising it (normalisation.winsorise).</source>
      <translation>Variable « {variable} » : l'asymétrie {skew} et l'aplatissement {kurt} dépassent les seuils du JRC (2 et 3,5) ; envisagez de la winsoriser (normalisation.winsorise).</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="253" />
      <source>Variable '{variable}': unit {code} alone sets the maximum of the min-max scale ({value}; the next unit has {next}): {share} % of the range. The other units' scores are squeezed; consider winsorising.</source>
      <translation>Variable « {variable} » : l'unité {code} fixe à elle seule le maximum de l'échelle min-max ({value} ; l'unité suivante a {next}) : {share} % de l'étendue. Les scores des autres unités sont écrasés ; envisagez une winsorisation.</translation>
    </message>
    <message>
      <location filename="../../core/diagnostics.py" line="257" />
      <source>Variable '{variable}': unit {code} alone sets the minimum of the min-max scale ({value}; the next unit has {next}): {share} % of the range. The other units' scores are squeezed; consider winsorising.</source>
      <translation>Variable « {variable} » : l'unité {code} fixe à elle seule le minimum de l'échelle min-max ({value} ; l'unité suivante a {next}) : {share} % de l'étendue. Les scores des autres unités sont écrasés ; envisagez une winsorisation.</translation>
    </message>
    <message>
      <location filename="../../core/errors.py" line="91" />
      <source>The run was cancelled; nothing was written.</source>
      <translation>Le calcul a été annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../core/export.py" line="163" />
      <source>Cannot write {file}: neither openpyxl nor GDAL's XLSX driver is available; export as CSV instead.</source>
      <translation>Impossible d'écrire {file} : ni openpyxl ni le pilote XLSX de GDAL ne sont disponibles ; exportez plutôt en CSV.</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="105" />
      <source>Codes kept</source>
      <translation>Codes retenus</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="109" />
      <source>Codes moved to the layer's vintage</source>
      <translation>Codes passés au millésime de la couche</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="160" />
      <source>Codes of the table without a unit ({count}): {codes}</source>
      <translation>Codes de la table sans unité ({count}) : {codes}</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="107" />
      <source>Codes without a unit</source>
      <translation>Codes sans unité</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="176" />
      <source>Column {column}: {missing} missing, {bad} not numeric (lines {examples}), {negative} negative</source>
      <translation>Colonne {column} : {missing} manquante(s), {bad} non numérique(s) (lignes {examples}), {negative} négative(s)</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="104" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="171" />
      <source>How columns were merged: {rules}</source>
      <translation>Fusion des colonnes : {rules}</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="112" />
      <source>Impossible values</source>
      <translation>Valeurs impossibles</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="108" />
      <source>Invalid codes</source>
      <translation>Codes invalides</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="163" />
      <source>Invalid codes ({count}): {codes} (lines {lines})</source>
      <translation>Codes invalides ({count}) : {codes} (lignes {lines})</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="108" />
      <source>Leading zeros restored</source>
      <translation>Zéros initiaux restaurés</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="104" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="188" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="111" />
      <source>Missing values (secrecy…)</source>
      <translation>Valeurs manquantes (secret statistique…)</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="110" />
      <source>Non-additive columns (weighted mean)</source>
      <translation>Colonnes non additives (moyenne pondérée)</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="153" />
      <source>Read as {format}, encoding {encoding}, separator {separator}, header on line {line}, {count} title row(s) skipped</source>
      <translation>Lu au format {format}, encodage {encoding}, séparateur {separator}, en-tête ligne {line}, {count} ligne(s) de titre ignorée(s)</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="109" />
      <source>Rows merged</source>
      <translation>Lignes fusionnées</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="167" />
      <source>Rows merged ({reason}): {rows} row(s), {count} code(s)</source>
      <translation>Lignes fusionnées ({reason}) : {rows} ligne(s), {count} code(s)</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="105" />
      <source>Rows read</source>
      <translation>Lignes lues</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="139" />
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="106" />
      <source>Units found</source>
      <translation>Unités trouvées</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="106" />
      <source>Units to join</source>
      <translation>Unités à joindre</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="107" />
      <source>Units without a row</source>
      <translation>Unités sans ligne</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="158" />
      <source>Units without a row ({count}): {codes}</source>
      <translation>Unités sans ligne ({count}) : {codes}</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="111" />
      <source>Values not numeric</source>
      <translation>Valeurs non numériques</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="50" />
      <source>Variable '{variable}' ({source}) has {count} impossible value(s) (a rate above 100, a negative rate, count or amount), e.g. {codes}; check the table.</source>
      <translation>La variable « {variable} » ({source}) a {count} valeur(s) impossible(s) (un taux supérieur à 100, un taux, un effectif ou un montant négatif), par exemple {codes} ; vérifiez la table.</translation>
    </message>
    <message>
      <location filename="../../core/join_report.py" line="181" />
      <source>Variable {variable}: {above} above 100, {below} negative, {counts} negative count(s), e.g. {codes}</source>
      <translation>Variable {variable} : {above} au-dessus de 100, {below} négative(s), {counts} effectif(s) négatif(s), par exemple {codes}</translation>
    </message>
    <message>
      <location filename="../../core/joining.py" line="42" />
      <source>The unit field holds no code of level '{kind}' (e.g. {codes}); choose the field that holds the codes, or check the geographic level.</source>
      <translation>Le champ des unités ne contient aucun code de niveau « {kind} » (par exemple {codes}) ; choisissez le champ qui contient les codes, ou vérifiez le niveau géographique.</translation>
    </message>
    <message>
      <location filename="../../core/joining.py" line="108" />
      <source>{file}: column(s) {columns} have the names of fields of the layer; they are written as {fields} (the layer is not modified).</source>
      <translation>{file} : la ou les colonnes {columns} portent le nom de champs de la couche ; elles sont écrites sous les noms {fields} (la couche n'est pas modifiée).</translation>
    </message>
    <message>
      <location filename="../../core/jsonfile.py" line="22" />
      <source>{file} is not a UTF-8 text file.</source>
      <translation>{file} n'est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
      <location filename="../../core/jsonfile.py" line="28" />
      <source>{file}: invalid JSON at line {line}, column {column}: {reason}.</source>
      <translation>{file} : JSON invalide ligne {line}, colonne {column} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="421" />
      <source>Cannot read the method file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de méthode {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="420" />
      <source>Method file not found: {file}.</source>
      <translation>Fichier de méthode introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="179" />
      <source>Weights name an axis the method does not have: {axes}.</source>
      <translation>Les poids désignent un axe que la méthode n'a pas : {axes}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="337" />
      <source>{file}: 'axes' must be a non-empty list.</source>
      <translation>{file} : « axes » doit être une liste non vide.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="325" />
      <source>{file}: 'groups' must be an object such as {{"P": {{"id": "pub", "label": "Publics exposés"}}}}.</source>
      <translation>{file} : « groups » doit être un objet comme {{"P": {{"id": "pub", "label": "Publics exposés"}}}}.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="392" />
      <source>{file}: 'intermediates' must be a list.</source>
      <translation>{file} : « intermediates » doit être une liste.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="310" />
      <source>{file}: 'normalisation.decile_points' must list 10 numbers, one per decile.</source>
      <translation>{file} : « normalisation.decile_points » doit donner 10 nombres, un par décile.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="303" />
      <source>{file}: 'normalisation.winsorise' must be [low, high] percentiles between 0 and 1, low &lt; high (e.g. [0.05, 0.95]) or null.</source>
      <translation>{file} : « normalisation.winsorise » doit être [bas, haut], deux quantiles entre 0 et 1 avec bas &lt; haut (ex. [0.05, 0.95]), ou null.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="358" />
      <source>{file}: '{key}' = '{value}' is not a group declared in 'groups' ({choices}).</source>
      <translation>{file} : « {key} » = « {value} » n'est pas un groupe déclaré dans « groups » ({choices}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="257" />
      <source>{file}: '{key}' = '{value}' is not a valid id (pattern {pattern}).</source>
      <translation>{file} : « {key} » = « {value} » n'est pas un identifiant valide (motif {pattern}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="260" />
      <source>{file}: '{key}' = '{value}' is reserved for another output field; choose another id.</source>
      <translation>{file} : « {key} » = « {value} » est réservé à un autre champ de sortie ; choisissez un autre identifiant.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="234" />
      <source>{file}: '{key}' = {value} is out of range ({low} to {high}).</source>
      <translation>{file} : « {key} » = {value} est hors limites ({low} à {high}).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="271" />
      <source>{file}: '{key}' must be "+" (higher is more fragile) or "-".</source>
      <translation>{file} : « {key} » doit valoir "+" (plus élevé = plus fragile) ou "-".</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="368" />
      <source>{file}: '{key}' must be a list.</source>
      <translation>{file} : « {key} » doit être une liste.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="225" />
      <source>{file}: '{key}' must be a non-empty text.</source>
      <translation>{file} : « {key} » doit être un texte non vide.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="364" />
      <source>{file}: '{key}' must be a year such as 2019.</source>
      <translation>{file} : « {key} » doit être une année, par exemple 2019.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="241" />
      <source>{file}: '{key}' must be true or false.</source>
      <translation>{file} : « {key} » doit valoir true ou false.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="400" />
      <source>{file}: '{key}' must map axis ids to weights.</source>
      <translation>{file} : « {key} » doit associer des identifiants d'axes à des poids.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="403" />
      <source>{file}: '{key}' names an unknown axis '{value}'.</source>
      <translation>{file} : « {key} » désigne un axe inconnu « {value} ».</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="289" />
      <source>{file}: format_version {value} is not supported (expected {expected}).</source>
      <translation>{file} : format_version {value} n'est pas pris en charge ({expected} attendu).</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="263" />
      <source>{file}: id '{value}' at '{key}' is used twice.</source>
      <translation>{file} : l'identifiant « {value} » en « {key} » est utilisé deux fois.</translation>
    </message>
    <message>
      <location filename="../../core/method.py" line="385" />
      <source>{file}: the axis weights sum to {value}; at least one weight must be positive.</source>
      <translation>{file} : la somme des poids des axes vaut {value} ; au moins un poids doit être positif.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="413" />
      <source>Axis '{axis}' has no usable variable; it is left out of the composite and its weight shared by the others.</source>
      <translation>L'axe « {axis} » n'a aucune variable utilisable ; il n'entre pas dans l'indice composite et son poids est reporté sur les autres.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="188" />
      <source>Table(s) {tables} are at commune level but the units are '{level}': give the communes of each unit (a commune layer or table with the unit code) so that they can be aggregated.</source>
      <translation>La ou les tables {tables} sont au niveau communal mais les unités sont de niveau « {level} » : indiquez les communes de chaque unité (une couche ou une table des communes avec le code de l'unité) pour qu'elles puissent être agrégées.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="185" />
      <source>Table(s) {tables} are at commune level but the units are IRIS, which are smaller: bind tables at IRIS level.</source>
      <translation>La ou les tables {tables} sont au niveau communal mais les unités sont des IRIS, plus petits : liez des tables au niveau IRIS.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="274" />
      <source>The reference territory is empty: no unit matches it. Check the reference expression or leave it empty to use every unit.</source>
      <translation>Le territoire de référence est vide : aucune unité n'y correspond. Vérifiez l'expression ou laissez-la vide pour prendre toutes les unités.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="270" />
      <source>The unit layer has no feature to score.</source>
      <translation>La couche des unités ne contient aucune entité à calculer.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="48" />
      <source>The unit layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche des unités n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="137" />
      <source>Unit code(s) {codes} appear more than once in the layer; each unit must appear once (dissolve multi-part communes first).</source>
      <translation>Code(s) {codes} présent(s) plusieurs fois dans la couche ; chaque unité doit apparaître une seule fois (regroupez d'abord les communes en plusieurs parties).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="256" />
      <source>Variable '{variable}' has no value in the reference territory; it is left out of the axis.</source>
      <translation>La variable « {variable} » n'a aucune valeur dans le territoire de référence ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="254" />
      <source>Variable '{variable}' has the same value for every unit of the reference territory; it cannot rank units and is left out of the axis.</source>
      <translation>La variable « {variable} » a la même valeur pour toutes les unités du territoire de référence ; elle ne peut pas les classer et n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="367" />
      <source>Variable '{variable}' is absent from the data; its axis is computed from the variables present.</source>
      <translation>La variable « {variable} » est absente des données ; son axe est calculé avec les variables présentes.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="364" />
      <source>Variable '{variable}' uses a proxy: {source} ({note}).</source>
      <translation>La variable « {variable} » est approchée (proxy) : {source} ({note}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="258" />
      <source>Variable '{variable}': the reference value is 0, so the ratio to the reference is undefined; it is left out of the axis.</source>
      <translation>Variable « {variable} » : la valeur de référence est 0, le rapport à la référence n'est pas défini ; elle n'entre pas dans l'axe.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="222" />
      <source>Variable '{variable}': {count} unit(s) missing from the table at their level take the aggregate of their communes ({source}, {how}).</source>
      <translation>Variable « {variable} » : {count} unité(s) absente(s) de la table de leur niveau prennent l'agrégat de leurs communes ({source}, {how}).</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="171" />
      <source>{count} commune code(s) of the commune → unit table are not INSEE codes, e.g. {codes}.</source>
      <translation>{count} code(s) commune de la table commune → unité ne sont pas des codes INSEE, par exemple {codes}.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="121" />
      <source>{count} unit code(s) are not INSEE commune codes, e.g. {codes}; choose the field that holds the 5-character INSEE code.</source>
      <translation>{count} code(s) d'unité ne sont pas des codes INSEE de commune, par ex. {codes} ; choisissez le champ qui contient le code INSEE à 5 caractères.</translation>
    </message>
    <message>
      <location filename="../../core/pipeline.py" line="128" />
      <source>{count} unit(s) have no code (feature positions {rows}).</source>
      <translation>{count} unité(s) sans code (entités en position {rows}).</translation>
    </message>
    <message>
      <location filename="../../core/proposals.py" line="77" />
      <source>Cannot read the recipes file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de recettes {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="613" />
      <source>Table not found: {file}.</source>
      <translation>Table introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="434" />
      <source>{file} cannot be read as a spreadsheet or a table.</source>
      <translation>{file} ne peut être lu ni comme un classeur ni comme une table.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="390" />
      <source>{file} cannot be read as a spreadsheet: {reason}.</source>
      <translation>{file} ne peut pas être lu comme un classeur : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="132" />
      <source>{file} has a header (line {line}) but no rows.</source>
      <translation>{file} a un en-tête (ligne {line}) mais aucune ligne de données.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="574" />
      <source>{file} has no sheet or table.</source>
      <translation>{file} n'a ni feuille ni table.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="577" />
      <source>{file} holds several tables ({available}); say which one to read.</source>
      <translation>{file} contient plusieurs tables ({available}) ; indiquez laquelle lire.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="615" />
      <source>{file} is a folder, not a table.</source>
      <translation>{file} est un dossier, pas une table.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="117" />
      <source>{file} is empty.</source>
      <translation>{file} est vide.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="150" />
      <source>{file} is not a text table (binary content); save it as CSV, XLSX or ODS.</source>
      <translation>{file} n'est pas une table texte (contenu binaire) ; enregistrez-la en CSV, XLSX ou ODS.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="515" />
      <source>{file} is not a valid DBF table (damaged header).</source>
      <translation>{file} n'est pas une table DBF valide (en-tête endommagé).</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="563" />
      <source>{file} is not a valid GeoPackage: {reason}.</source>
      <translation>{file} n'est pas un GeoPackage valide : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="454" />
      <source>{file} is not a valid spreadsheet (XLSX and ODS files are ZIP archives); open it in a spreadsheet and save it again.</source>
      <translation>{file} n'est pas un classeur valide (les fichiers XLSX et ODS sont des archives ZIP) ; ouvrez-le dans un tableur et enregistrez-le de nouveau.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="103" />
      <source>{file}, line {line}: column name '{column}' appears twice in the header (columns {first} and {second}); rename one of them.</source>
      <translation>{file}, ligne {line} : le nom de colonne « {column} » figure deux fois dans l'en-tête (colonnes {first} et {second}) ; renommez l'une d'elles.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="158" />
      <source>{file}, line {line}: unknown text encoding (neither UTF-8 nor Windows-1252); save the file as CSV UTF-8.</source>
      <translation>{file}, ligne {line} : encodage du texte inconnu (ni UTF-8 ni Windows-1252) ; enregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="241" />
      <source>{file}, line {line}: {found} field(s) where the header (line {header}) has {expected}, with the separator {separator}; the file mixes separators or has unquoted separators inside values. Save it again with one separator.</source>
      <translation>{file}, ligne {line} : {found} champ(s) alors que l'en-tête (ligne {header}) en a {expected}, avec le séparateur {separator} ; le fichier mélange des séparateurs ou contient des séparateurs non protégés par des guillemets dans les valeurs. Enregistrez-le de nouveau avec un seul séparateur.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="275" />
      <source>{file}: cannot read the table: {reason}.</source>
      <translation>{file} : impossible de lire la table : {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="380" />
      <source>{file}: no sheet '{sheet}'; its sheets are: {available}.</source>
      <translation>{file} : pas de feuille « {sheet} » ; ses feuilles sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="581" />
      <source>{file}: no table '{sheet}'; its tables are: {available}.</source>
      <translation>{file} : pas de table « {sheet} » ; ses tables sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="427" />
      <source>{file}: reading this format needs GDAL (installed with QGIS) or openpyxl.</source>
      <translation>{file} : la lecture de ce format nécessite GDAL (installé avec QGIS) ou openpyxl.</translation>
    </message>
    <message>
      <location filename="../../core/readers.py" line="624" />
      <source>{file}: the old Excel format (.xls) is not read; save it as .xlsx or CSV.</source>
      <translation>{file} : l'ancien format Excel (.xls) n'est pas lu ; enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="67" />
      <source>Choose at least one missing-value rule for the Monte Carlo.</source>
      <translation>Choisissez au moins une règle des valeurs manquantes pour le Monte Carlo.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="65" />
      <source>Choose at least one normalisation for the Monte Carlo.</source>
      <translation>Choisissez au moins une normalisation pour le Monte Carlo.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="180" />
      <source>No axis of method '{method}' has a usable variable: there is no ranking to test.</source>
      <translation>Aucun axe de la méthode « {method} » n'a de variable utilisable : il n'y a pas de classement à tester.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="206" />
      <source>Normalisation '{normalisation}' is left out of the Monte Carlo: it cannot score variable(s) {variables} that the method scores.</source>
      <translation>La normalisation « {normalisation} » est écartée du Monte Carlo : elle ne peut pas noter la ou les variables {variables} que la méthode note.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="50" />
      <source>The number of Monte Carlo runs must be a whole number of at least 1 (got {value}).</source>
      <translation>Le nombre de tirages Monte Carlo doit être un entier supérieur ou égal à 1 (valeur reçue : {value}).</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="53" />
      <source>The weight spread must be between 0 (weights fixed) and 1 excluded (got {value}); 0.25 draws each weight within ±25 %.</source>
      <translation>La dispersion des poids doit être comprise entre 0 (poids fixes) et 1 exclu (valeur reçue : {value}) ; 0,25 tire chaque poids à ±25 %.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="62" />
      <source>Unknown missing-value rule '{value}' for the Monte Carlo; choose among {choices}.</source>
      <translation>Règle des valeurs manquantes « {value} » inconnue pour le Monte Carlo ; choisissez parmi {choices}.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="58" />
      <source>Unknown normalisation '{value}' for the Monte Carlo; choose among {choices}.</source>
      <translation>Normalisation « {value} » inconnue pour le Monte Carlo ; choisissez parmi {choices}.</translation>
    </message>
    <message>
      <location filename="../../core/sensitivity.py" line="338" />
      <source>{runs} runs on {units} reference units need too much memory; choose at most {limit} runs.</source>
      <translation>{runs} tirages sur {units} unités de référence demandent trop de mémoire ; choisissez au plus {limit} tirages.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="132" />
      <source>{file}: a passage table maps commune codes, but this table is at level '{level}'; remove its passage.</source>
      <translation>{file} : une table de passage relie des codes communes, mais cette table est de niveau « {level} » ; retirez sa table de passage.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="98" />
      <source>{file}: code {code} appears on several rows (lines {lines}) of column '{column}', and {count} code(s) in all; each unit must appear once. If the rows are parts to add up, choose to sum duplicates ("duplicates": "sum").</source>
      <translation>{file} : le code {code} figure sur plusieurs lignes (lignes {lines}) de la colonne « {column} », et {count} code(s) au total ; chaque unité doit figurer une seule fois. Si ces lignes sont des parties à additionner, choisissez de sommer les doublons ("duplicates": "sum").</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="242" />
      <source>{file}: merging rows, column(s) {columns} cannot be summed and no weight is known; they take a plain mean (flagged in the metadata). Declare them as counts if they can be summed.</source>
      <translation>{file} : lors de la fusion des lignes, la ou les colonnes {columns} ne peuvent pas être sommées et aucune pondération n'est connue ; elles prennent une moyenne simple (signalé dans les métadonnées). Déclarez-les comme effectifs si elles peuvent être sommées.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="237" />
      <source>{file}: merging rows, column(s) {columns} cannot be summed; they take a mean weighted by {weight} (flagged in the metadata).</source>
      <translation>{file} : lors de la fusion des lignes, la ou les colonnes {columns} ne peuvent pas être sommées ; elles prennent une moyenne pondérée par {weight} (signalé dans les métadonnées).</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="145" />
      <source>{file}: no row has a valid code in column '{column}' (e.g. {codes}); choose the column that holds the codes, or check the geographic level ({level}).</source>
      <translation>{file} : aucune ligne n'a de code valide dans la colonne « {column} » (par exemple {codes}) ; choisissez la colonne qui contient les codes, ou vérifiez le niveau géographique ({level}).</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="260" />
      <source>{file}: none of its codes (column '{column}', e.g. {codes}) matches a unit of the layer (e.g. {units}); check the code field and the COG vintage.</source>
      <translation>{file} : aucun de ses codes (colonne « {column} », par ex. {codes}) ne correspond à une unité de la couche (par ex. {units}) ; vérifiez le champ du code et le millésime du COG.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="219" />
      <source>{file}: the layer holds {count} of the old codes of the passage table (e.g. {codes}); it may be on the older COG vintage, and the passage should not be applied.</source>
      <translation>{file} : la couche contient {count} des anciens codes de la table de passage (par exemple {codes}) ; elle est peut-être sur l'ancien millésime du COG, et la table de passage ne devrait pas être appliquée.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="249" />
      <source>{file}: the sum of column '{column}' misses values for {count} merged code(s), e.g. {codes}.</source>
      <translation>{file} : la somme de la colonne « {column} » est incomplète pour {count} code(s) fusionné(s), par exemple {codes}.</translation>
    </message>
    <message>
      <location filename="../../core/sources.py" line="172" />
      <source>{file}: {count} arrondissement row(s) of Paris, Lyon or Marseille left out: the table already has a row for their commune.</source>
      <translation>{file} : {count} ligne(s) d'arrondissement de Paris, Lyon ou Marseille écartée(s) : la table a déjà une ligne pour leur commune.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="32" />
      <source>Average fragility</source>
      <translation>Fragilité moyenne</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="419" />
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
      <location filename="../../core/typology.py" line="124" />
      <source>Field {field}: its {distinct} distinct value(s) in the reference territory fill only {got} of the {count} levels of the {scheme} typology; the units that tie share a level, so some classes stay empty.</source>
      <translation>Champ {field} : ses {distinct} valeur(s) distincte(s) sur le territoire de référence ne remplissent que {got} des {count} niveaux de la typologie {scheme} ; les unités à égalité partagent un niveau, certaines classes restent donc vides.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="97" />
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
      <location filename="../../core/typology.py" line="404" />
      <source>No axis score field to cluster on; the layer must hold the index's axis fields.</source>
      <translation>Aucun champ de score d'axe à classer ; la couche doit contenir les champs des axes de l'indice.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="415" />
      <source>No unit has all of the axis scores {fields}; nothing to cluster.</source>
      <translation>Aucune unité n'a tous les scores d'axe {fields} ; rien à classer.</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="413" />
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
      <location filename="../../core/typology.py" line="355" />
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="465" />
      <source>{label} (class {number})</source>
      <translation>{label} (classe {number})</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="367" />
      <source>{level} on every axis</source>
      <translation>{level} sur tous les axes</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="374" />
      <source>{level}, driven by axes {axes}</source>
      <translation>{level}, portée par les axes {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="373" />
      <source>{level}, driven by axis {axes}</source>
      <translation>{level}, portée par l'axe {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="371" />
      <source>{level}, except on axes {axes}</source>
      <translation>{level}, sauf sur les axes {axes}</translation>
    </message>
    <message>
      <location filename="../../core/typology.py" line="370" />
      <source>{level}, except on axis {axes}</source>
      <translation>{level}, sauf sur l'axe {axes}</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="178" />
      <source>Variable '{variable}': {count} unit(s) have a zero denominator ('{column}' in {file}); their value is missing, not 0.</source>
      <translation>Variable « {variable} » : {count} unité(s) ont un dénominateur nul (« {column} » dans {file}) ; leur valeur est manquante, pas 0.</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="168" />
      <source>{file}: column '{column}' (a count, bound to variable '{variable}') has {count} negative value(s); those units get no value for it.</source>
      <translation>{file} : la colonne « {column} » (un effectif, liée à la variable « {variable} ») a {count} valeur(s) négative(s) ; ces unités n'ont pas de valeur pour cette variable.</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="145" />
      <source>{file}: column '{column}' has {count} cell(s) that are not numbers (e.g. line {line}: '{value}'); they are treated as missing.</source>
      <translation>{file} : la colonne « {column} » a {count} cellule(s) qui ne sont pas des nombres (par ex. ligne {line} : « {value} ») ; elles sont traitées comme manquantes.</translation>
    </message>
    <message>
      <location filename="../../core/variables.py" line="157" />
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
      <location filename="../../gis/access_layer.py" line="97" />
      <source>{file} binds no variable to an access time ('access' blocks).</source>
      <translation>{file} ne lie aucune variable à un temps d'accès (blocs 'access').</translation>
    </message>
    <message>
      <location filename="../../gis/access_layer.py" line="88" />
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
      <location filename="../../gis/access_style.py" line="20" />
      <source>Access time</source>
      <translation>Temps d'accès</translation>
    </message>
    <message>
      <location filename="../../gis/access_style.py" line="20" />
      <source>Access time: {what} (minutes)</source>
      <translation>Temps d'accès : {what} (minutes)</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="191" />
      <source>Cannot export the atlas to {file}: {reason} (layout export error {code}).</source>
      <translation>Impossible d'exporter l'atlas vers {file} : {reason} (erreur d'export de mise en page {code}).</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="161" />
      <source>The filter expression {expression} is not valid: {reason}</source>
      <translation>L'expression de filtre {expression} n'est pas valide : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="166" />
      <source>The filter expression {expression} selects no page of the layout "{layout}": nothing was written. Check the expression (for example "epci" = '200071785').</source>
      <translation>L'expression de filtre {expression} ne retient aucune page de la mise en page « {layout} » : rien n'a été écrit. Vérifiez l'expression (par exemple "epci" = '200071785').</translation>
    </message>
    <message>
      <location filename="../../gis/atlas_export.py" line="225" />
      <source>{count} file(s) already exist in {file}, for example {example}; choose another folder or name, or allow overwriting.</source>
      <translation>{count} fichier(s) existe(nt) déjà dans {file}, par exemple {example} ; choisissez un autre dossier ou un autre nom, ou autorisez l'écrasement.</translation>
    </message>
    <message>
      <location filename="../../gis/charts.py" line="235" />
      <source>Cannot write the chart {file}.</source>
      <translation>Impossible d'écrire le graphique {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/comparison.py" line="84" />
      <source>Layer {file}: choose the field that holds the unit codes.</source>
      <translation>Couche {file} : choisissez le champ qui contient les codes des unités.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_maps.py" line="15" />
      <source>Cannot open {file} as a vector layer.</source>
      <translation>Impossible d'ouvrir {file} comme couche vecteur.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="187" />
      <source>5 % rank</source>
      <translation>Rang à 5 %</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="181" />
      <source>5–95 % rank intervals (1 = most fragile)</source>
      <translation>Intervalles de rang à 5–95 % (1 = le plus fragile)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="187" />
      <source>95 % rank</source>
      <translation>Rang à 95 %</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="173" />
      <source>95th percentile of the shift</source>
      <translation>95e centile du déplacement</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="117" />
      <source>Axes and composite</source>
      <translation>Axes et indice composite</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="87" />
      <source>Axis</source>
      <translation>Axe</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="42" />
      <source>Axis weights</source>
      <translation>Poids des axes</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="151" />
      <source>Axis weights drawn within ±{} of the method's</source>
      <translation>Poids des axes tirés à ±{} de ceux de la méthode</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="173" />
      <source>Choice</source>
      <translation>Choix</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="187" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="127" />
      <source>Component</source>
      <translation>Composante</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="53" />
      <source>Computed on: {}</source>
      <translation>Calculé le : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="106" />
      <source>Consistency of the axes</source>
      <translation>Cohérence des axes</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="104" />
      <source>Correlation matrix</source>
      <translation>Matrice des corrélations</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="117" />
      <source>Correlation of each axis with the composite</source>
      <translation>Corrélation de chaque axe avec l'indice composite</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="111" />
      <source>Correlation with the composite</source>
      <translation>Corrélation avec l'indice composite</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="94" />
      <source>Correlations</source>
      <translation>Corrélations</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="103" />
      <source>Correlations between normalised variables</source>
      <translation>Corrélations entre variables normalisées</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="87" />
      <source>Coverage</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="110" />
      <source>Cronbach's alpha</source>
      <translation>Alpha de Cronbach</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="107" />
      <source>Cronbach's alpha measures how far the variables of an axis vary together (above 0.7: consistent; it needs two variables or more). The correlation of each axis with the composite shows how much of the index it drives.</source>
      <translation>L'alpha de Cronbach mesure à quel point les variables d'un axe varient ensemble (au-dessus de 0,7 : cohérent ; il faut au moins deux variables). La corrélation de chaque axe avec l'indice composite montre quelle part de l'indice il entraîne.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="127" />
      <source>Cumulative</source>
      <translation>Cumul</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="51" />
      <source>Data: {}</source>
      <translation>Données : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="61" />
      <source>Diagnostics of the index – {}</source>
      <translation>Diagnostic de l'indice – {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="91" />
      <source>Distribution of the observed values</source>
      <translation>Distribution des valeurs observées</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="127" />
      <source>Eigenvalue</source>
      <translation>Valeur propre</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="96" />
      <source>Fewer than two variables can be correlated.</source>
      <translation>Moins de deux variables peuvent être corrélées.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="157" />
      <source>Half of the units have a 5–95 % rank interval narrower than {} places; the widest spans {} places. Field {} holds 1 minus the interval width over the number of units ranked (1 = same rank in every run).</source>
      <translation>La moitié des unités ont un intervalle de rang à 5–95 % de moins de {} places ; le plus large couvre {} places. Le champ {} vaut 1 moins la largeur de l'intervalle rapportée au nombre d'unités classées (1 = même rang à chaque tirage).</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="92" />
      <source>Histograms of the observed values in the reference territory</source>
      <translation>Histogrammes des valeurs observées dans le territoire de référence</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="155" />
      <source>How far ranks move</source>
      <translation>Ampleur des déplacements de rang</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="87" />
      <source>Imputed</source>
      <translation>Imputées</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="88" />
      <source>Kurtosis</source>
      <translation>Aplatissement</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="87" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="49" />
      <source>Layer: {}</source>
      <translation>Couche : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="183" />
      <source>Least stable units</source>
      <translation>Unités les moins stables</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="135" />
      <source>Loadings (correlation of each variable with the first components):</source>
      <translation>Saturations (corrélation de chaque variable avec les premières composantes) :</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="88" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="173" />
      <source>Mean rank shift</source>
      <translation>Déplacement moyen du rang</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="175" />
      <source>Mean rank shift: mean over units of |rank − the method's rank| when only this choice is drawn, the others kept as in the method. Share of rank variance: for the normalisation and the missing-value rule, the variance of the mean rank per option; for the weights, the variance left within each normalisation and rule.</source>
      <translation>Déplacement moyen du rang : moyenne sur les unités de |rang − rang de la méthode| quand seul ce choix est tiré, les autres restant ceux de la méthode. Part de la variance des rangs : pour la normalisation et la règle des valeurs manquantes, la variance du rang moyen par option ; pour les poids, la variance restante au sein de chaque combinaison de normalisation et de règle.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="174" />
      <source>Mean shift per option</source>
      <translation>Déplacement moyen par option</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="187" />
      <source>Median rank</source>
      <translation>Rang médian</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="88" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="153" />
      <source>Missing-value rules drawn: {}</source>
      <translation>Règles des valeurs manquantes tirées : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="150" />
      <source>Monte Carlo runs: {} (seed {})</source>
      <translation>Tirages Monte Carlo : {} (graine {})</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="187" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="164" />
      <source>No choice moves any rank: every choice is fixed.</source>
      <translation>Aucun choix ne déplace de rang : tous les choix sont fixés.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="68" />
      <source>No warning: no variable breaks the JRC skewness rule and no single unit sets a min-max scale.</source>
      <translation>Aucun avertissement : aucune variable n'enfreint la règle d'asymétrie du JRC et aucune unité ne fixe seule une échelle min-max.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="152" />
      <source>Normalisations drawn: {}</source>
      <translation>Normalisations tirées : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="173" />
      <source>Options drawn</source>
      <translation>Options tirées</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="88" />
      <source>Outliers</source>
      <translation>Valeurs extrêmes</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="99" />
      <source>Pearson correlations between the normalised variables as they enter the index (a higher score is always more fragile, imputed values included). Strong negative correlations inside an axis, or none at all, question its consistency.</source>
      <translation>Corrélations de Pearson entre les variables normalisées telles qu'elles entrent dans l'indice (un score plus élevé est toujours plus fragile, valeurs imputées comprises). De fortes corrélations négatives au sein d'un axe, ou une absence de corrélation, interrogent sa cohérence.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="119" />
      <source>Principal components</source>
      <translation>Composantes principales</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="124" />
      <source>Principal components of the correlation matrix of the normalised variables. If the first component explains most of the variance, the variables measure one thing; several components with an eigenvalue above 1 mean several dimensions.</source>
      <translation>Composantes principales de la matrice des corrélations des variables normalisées. Si la première composante explique l'essentiel de la variance, les variables mesurent une même chose ; plusieurs composantes de valeur propre supérieure à 1 signalent plusieurs dimensions.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="182" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="182" />
      <source>Rank intervals</source>
      <translation>Intervalles de rang</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="174" />
      <source>Share of rank variance</source>
      <translation>Part de la variance des rangs</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="132" />
      <source>Share of variance explained by each component</source>
      <translation>Part de la variance expliquée par chaque composante</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="89" />
      <source>Single unit at an end of the scale</source>
      <translation>Unité seule à une extrémité de l'échelle</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="88" />
      <source>Skewness</source>
      <translation>Asymétrie</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="188" />
      <source>Stability</source>
      <translation>Stabilité</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="146" />
      <source>Stability of the ranking – {}</source>
      <translation>Stabilité du classement – {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="72" />
      <source>Statistics of the observed values in the reference territory (imputed values excluded). Skewness and kurtosis are the sample estimators (as in a spreadsheet); the JRC suggests treating a variable when |skewness| &gt; {} and kurtosis &gt; {}. Outliers lie beyond the far-out fences (first quartile − 3 × interquartile range, third quartile + 3 × interquartile range).</source>
      <translation>Statistiques des valeurs observées dans le territoire de référence (valeurs imputées exclues). L'asymétrie et l'aplatissement sont les estimateurs d'échantillon (comme dans un tableur) ; le JRC conseille de traiter une variable quand |asymétrie| &gt; {} et aplatissement &gt; {}. Les valeurs extrêmes sont au-delà des barrières extérieures (premier quartile − 3 × écart interquartile, troisième quartile + 3 × écart interquartile).</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="162" />
      <source>The choice that moves ranks most: {} (a unit moves {} places on average when it alone varies).</source>
      <translation>Le choix qui déplace le plus les rangs : {} (une unité se déplace de {} places en moyenne quand lui seul varie).</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="121" />
      <source>Too few complete units or variables for a principal component analysis.</source>
      <translation>Trop peu d'unités complètes ou de variables pour une analyse en composantes principales.</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="182" />
      <source>Units ordered by median rank</source>
      <translation>Unités ordonnées par rang médian</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="154" />
      <source>Units ranked: {}</source>
      <translation>Unités classées : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="64" />
      <source>Units with every normalised variable (correlations, alpha, principal components): {}</source>
      <translation>Unités ayant toutes les variables normalisées (corrélations, alpha, composantes principales) : {}</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="63" />
      <source>Units: {} ({} in the reference territory)</source>
      <translation>Unités : {} (dont {} dans le territoire de référence)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="87" />
      <source>Variable</source>
      <translation>Variable</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="71" />
      <source>Variables</source>
      <translation>Variables</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="133" />
      <source>Variance explained</source>
      <translation>Variance expliquée</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="66" />
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="80" />
      <source>absent from the data</source>
      <translation>absente des données</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="32" />
      <source>decile points</source>
      <translation>points par décile</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="31" />
      <source>min-max</source>
      <translation>min-max</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="37" />
      <source>parent territory value</source>
      <translation>valeur du territoire parent</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="32" />
      <source>percentile rank</source>
      <translation>rang centile</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="31" />
      <source>ratio to the reference (base 100)</source>
      <translation>rapport à la référence (base 100)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="37" />
      <source>variables present only</source>
      <translation>variables présentes seulement</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_report.py" line="32" />
      <source>z-score</source>
      <translation>score z</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_styles.py" line="38" />
      <source>Rather unstable (10 to 25 %)</source>
      <translation>Peu stable (10 à 25 %)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_styles.py" line="38" />
      <source>Stable (5 to 10 %)</source>
      <translation>Stable (5 à 10 %)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_styles.py" line="38" />
      <source>Unstable (over 25 %)</source>
      <translation>Instable (plus de 25 %)</translation>
    </message>
    <message>
      <location filename="../../gis/diagnostic_styles.py" line="39" />
      <source>Very stable (under 5 %)</source>
      <translation>Très stable (moins de 5 %)</translation>
    </message>
    <message>
      <location filename="../../gis/epci_coverage.py" line="109" />
      <source>No commune of {layer} has an EPCI code in field '{field}': the EPCI pages cannot be built.</source>
      <translation>Aucune commune de {layer} n'a de code EPCI dans le champ « {field} » : les pages des EPCI ne peuvent pas être construites.</translation>
    </message>
    <message>
      <location filename="../../gis/epci_coverage.py" line="104" />
      <source>The layer has no field {columns}; its fields are: {available}.</source>
      <translation>La couche n'a pas de champ {columns} ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/expressions.py" line="26" />
      <source>The expression {expression} uses field(s) {columns} that layer {layer} does not have; its fields are: {available}. Correct the field names (double quotes for fields, single quotes for texts: "dep" = '59').</source>
      <translation>L'expression {expression} utilise le ou les champs {columns} que la couche {layer} n'a pas ; ses champs sont : {available}. Corrigez les noms de champs (guillemets doubles pour les champs, apostrophes pour les textes : "dep" = '59').</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="41" />
      <source>Axis {number}: {label}</source>
      <translation>Axe {number} : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="118" />
      <source>No value</source>
      <translation>Sans valeur</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="34" />
      <source>equal intervals</source>
      <translation>intervalles égaux</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="34" />
      <source>natural breaks (Jenks)</source>
      <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="34" />
      <source>quantiles</source>
      <translation>quantiles</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="35" />
      <source>user limits</source>
      <translation>limites choisies</translation>
    </message>
    <message>
      <location filename="../../gis/indicator_maps.py" line="36" />
      <source>{count} classes, {method}</source>
      <translation>{count} classes, {method}</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="664" />
      <source>Cannot open {file} to write table '{table}'.</source>
      <translation>Impossible d'ouvrir {file} pour écrire la table « {table} ».</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="368" />
      <source>Cannot write features to {file}: {reason}.</source>
      <translation>Impossible d'écrire les entités dans {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="160" />
      <source>Field {field} holds {count} infinite value(s) (e.g. feature {fid}): they are not scores. Correct them (field calculator) or recompute the index.</source>
      <translation>Le champ {field} contient {count} valeur(s) infinie(s) (par exemple l'entité {fid}) : ce ne sont pas des scores. Corrigez-les (calculatrice de champs) ou recalculez l'indice.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="300" />
      <source>Input field(s) {fields} have the names of result fields: they are replaced in the output (the input layer is not modified).</source>
      <translation>Le ou les champs {fields} de l'entrée portent le nom de champs de résultat : ils sont remplacés dans la sortie (la couche d'entrée n'est pas modifiée).</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="146" />
      <source>Layer {layer} has no feature (check its filter or selection); choose a layer that holds the units.</source>
      <translation>La couche {layer} ne contient aucune entité (vérifiez son filtre ou sa sélection) ; choisissez une couche qui contient les unités.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="187" />
      <source>Layer {layer}: {count} feature(s) have an invalid geometry (feature ids {fids}). Fix them (Processing algorithm "Fix geometries"), or set Processing's "Invalid features filtering" option to skip or not check them.</source>
      <translation>Couche {layer} : {count} entité(s) ont une géométrie invalide (identifiants {fids}). Corrigez-les (algorithme de traitement « Réparer les géométries »), ou réglez l'option « Filtrage des entités invalides » des traitements pour les ignorer ou ne pas les vérifier.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="255" />
      <source>Output folder {file} does not exist.</source>
      <translation>Le dossier de sortie {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="260" />
      <source>Output folder {file} is not writable; choose another folder.</source>
      <translation>Le dossier de sortie {file} n'est pas accessible en écriture ; choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="263" />
      <source>Output {file} already exists; choose another name or allow overwriting.</source>
      <translation>La sortie {file} existe déjà ; choisissez un autre nom ou autorisez l'écrasement.</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="246" />
      <source>Output {file}: the format '{suffix}' is not supported; use .gpkg (or .shp, .geojson, .fgb).</source>
      <translation>Sortie {file} : le format « {suffix} » n'est pas pris en charge ; utilisez .gpkg (ou .shp, .geojson, .fgb).</translation>
    </message>
    <message>
      <location filename="../../gis/layer_io.py" line="277" />
      <source>The output {file} is an input of the run ({input}): writing it would replace that file. Choose another output file.</source>
      <translation>La sortie {file} est une entrée du traitement ({input}) : l'écrire remplacerait ce fichier. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="149" />
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
      <location filename="../../gis/layouts.py" line="157" />
      <source>The layout template {file} has no map item with the id 'carte'; give the main map that id in the layout designer.</source>
      <translation>Le modèle de mise en page {file} n'a pas de carte d'identifiant « carte » ; donnez cet identifiant à la carte principale dans l'éditeur de mise en page.</translation>
    </message>
    <message>
      <location filename="../../gis/layouts.py" line="154" />
      <source>{file} is not a QGIS layout template (.qpt); save one from the layout designer (Layout ▸ Save as Template).</source>
      <translation>{file} n'est pas un modèle de mise en page QGIS (.qpt) ; enregistrez-en un depuis l'éditeur de mise en page (Mise en page ▸ Enregistrer comme modèle).</translation>
    </message>
    <message>
      <location filename="../../gis/locator.py" line="84" />
      <source>Digital fragility: communes</source>
      <translation>Fragilité numérique : communes</translation>
    </message>
    <message>
      <location filename="../../gis/project.py" line="129" />
      <source>Cannot write the project {file}: {reason}</source>
      <translation>Impossible d'écrire le projet {file} : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="410" />
      <source>Cannot read the configuration file {file}: {reason}.</source>
      <translation>Impossible de lire le fichier de configuration {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="397" />
      <source>Cannot write {file}: {reason}.</source>
      <translation>Impossible d'écrire {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="409" />
      <source>Configuration file not found: {file}.</source>
      <translation>Fichier de configuration introuvable : {file}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="257" />
      <source>{file}: 'parameters.min_share' must be a number above 0 and at most 1 (e.g. 0.5), or null.</source>
      <translation>{file} : « parameters.min_share » doit être un nombre supérieur à 0 et au plus 1 (par exemple 0.5), ou null.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="266" />
      <source>{file}: 'parameters.weights' must map axis ids to numbers of at least 0 (e.g. {{"ax1": 1, "ax2": 2}}), or be null.</source>
      <translation>{file} : « parameters.weights » doit associer aux identifiants d'axes des nombres positifs ou nuls (par exemple {{"ax1": 1, "ax2": 2}}), ou être null.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="222" />
      <source>{file}: '{key}' = '{path}' leaves the plugin folder; a path starting with plugin: names a file inside the plugin (e.g. plugin:resources/methods/hdf_2021.json). Correct the path.</source>
      <translation>{file} : « {key} » = « {path} » sort du dossier de l'extension ; un chemin commençant par plugin: désigne un fichier de l'extension (par exemple plugin:resources/methods/hdf_2021.json). Corrigez le chemin.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="288" />
      <source>{file}: '{key}' must be a number between {low} and {high}.</source>
      <translation>{file} : « {key} » doit être un nombre entre {low} et {high}.</translation>
    </message>
    <message>
      <location filename="../../gis/project_config.py" line="243" />
      <source>{file}: '{key}' must be a text.</source>
      <translation>{file} : « {key} » doit être un texte.</translation>
    </message>
    <message>
      <location filename="../../gis/render.py" line="136" />
      <source>Cannot export the map to {file} (layout export error {code}).</source>
      <translation>Impossible d'exporter la carte vers {file} (erreur d'export de mise en page {code}).</translation>
    </message>
    <message>
      <location filename="../../gis/results.py" line="101" />
      <source>The display filter {} is not valid for the result layer; every unit is shown.</source>
      <translation>Le filtre d'affichage {} n'est pas valide pour la couche de résultats ; toutes les unités sont affichées.</translation>
    </message>
    <message>
      <location filename="../../gis/results.py" line="35" />
      <source>{file} has no description of its method (table ifn_metadata); compute the index again to get one.</source>
      <translation>{file} ne décrit pas sa méthode (table ifn_metadata) ; recalculez l'indice pour l'obtenir.</translation>
    </message>
    <message>
      <location filename="../../gis/scored_layer.py" line="55" />
      <source>Layer {file} has no code field '{field}'; its fields are: {available}.</source>
      <translation>La couche {file} n'a pas de champ de code « {field} » ; ses champs sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/scored_layer.py" line="51" />
      <source>Layer {file} has no field '{field}': choose an output of "Compute the digital fragility index".</source>
      <translation>La couche {file} n'a pas de champ « {field} » : choisissez un résultat de « Calculer l'indice de fragilité numérique ».</translation>
    </message>
    <message>
      <location filename="../../gis/scored_layer.py" line="47" />
      <source>Layer {file} has no ifn_metadata table telling its method: give the method file used to compute it.</source>
      <translation>La couche {file} n'a pas de table ifn_metadata indiquant sa méthode : donnez le fichier de méthode utilisé pour la calculer.</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="215" />
      <source>Access times ({variables}) need the communes' polygons: they are absent from this run on '{level}' units. Give the commune layer (communes of each unit), or use a layer built by "Aggregate by EPCI or department", which keeps them.</source>
      <translation>Les temps d'accès ({variables}) ont besoin des polygones des communes : ils sont absents de ce calcul sur des unités « {level} ». Donnez la couche des communes (communes de chaque unité), ou utilisez une couche produite par « Agréger par EPCI ou département », qui les conserve.</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="134" />
      <source>The reference territory expression fails on feature {fid}: {reason}</source>
      <translation>L'expression du territoire de référence échoue sur l'entité {fid} : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/scoring.py" line="120" />
      <source>The reference territory expression {expression} is not valid: {reason}</source>
      <translation>L'expression du territoire de référence {expression} n'est pas valide : {reason}</translation>
    </message>
    <message>
      <location filename="../../gis/source_join.py" line="76" />
      <source>Choose a source table: a file or a layer of the project.</source>
      <translation>Choisissez une table source : un fichier ou une couche du projet.</translation>
    </message>
    <message>
      <location filename="../../gis/source_join.py" line="83" />
      <source>Join report: {}</source>
      <translation>Rapport de jointure : {}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="183" />
      <source>Axis {number}</source>
      <translation>Axe {number}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="177" />
      <source>Composite index</source>
      <translation>Indice composite</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="220" />
      <source>Field {field} is of type {type}, not a number: it cannot be classified. Choose a numeric field or convert it (field calculator, to_real()).</source>
      <translation>Le champ {field} est de type {type}, pas un nombre : il ne peut pas être classé. Choisissez un champ numérique ou convertissez-le (calculatrice de champs, to_real()).</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="273" />
      <source>Field {field}: no unit has a class; run the typology first.</source>
      <translation>Champ {field} : aucune unité n'a de classe ; calculez d'abord la typologie.</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="203" />
      <source>Infrastructure × publics typology (2 × 2)</source>
      <translation>Typologie aménagement × publics (2 × 2)</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="206" />
      <source>Infrastructure × publics typology (3 × 3)</source>
      <translation>Typologie aménagement × publics (3 × 3)</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="313" />
      <source>Layer {layer} holds none of the index fields ({fields}); compute the index first.</source>
      <translation>La couche {layer} ne contient aucun des champs de l'indice ({fields}) ; calculez d'abord l'indice.</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="364" />
      <source>No field of layer {layer} could be styled: {reasons}</source>
      <translation>Aucun champ de la couche {layer} n'a pu être stylé : {reasons}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="188" />
      <source>Score: {label}</source>
      <translation>Score : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="194" />
      <source>Sub-index: {label}</source>
      <translation>Sous-indice : {label}</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="204" />
      <source>Typology 2 × 2</source>
      <translation>Typologie 2 × 2</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="207" />
      <source>Typology 3 × 3</source>
      <translation>Typologie 3 × 3</translation>
    </message>
    <message>
      <location filename="../../gis/styles.py" line="209" />
      <source>Ward typology</source>
      <translation>Typologie CAH</translation>
    </message>
    <message>
      <location filename="../../gis/table_export.py" line="40" />
      <source>Output {file}: the table format '{suffix}' is not supported; use .csv or .xlsx.</source>
      <translation>Sortie {file} : le format de table « {suffix} » n'est pas pris en charge ; utilisez .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../../gis/table_export.py" line="70" />
      <source>The filter expression {expression} selects no feature of {layer}: nothing was written. Check the expression (for example "epci" = '200071785').</source>
      <translation>L'expression de filtre {expression} ne retient aucune entité de {layer} : rien n'a été écrit. Vérifiez l'expression (par exemple "epci" = '200071785').</translation>
    </message>
    <message>
      <location filename="../../gis/table_io.py" line="50" />
      <source>No layer or table named '{sheet}' in the project; its layers are: {available}.</source>
      <translation>Aucune couche ni table nommée « {sheet} » dans le projet ; ses couches sont : {available}.</translation>
    </message>
    <message>
      <location filename="../../gis/themes.py" line="30" />
      <source>{territory} – {method} method</source>
      <translation>{territory} – méthode {method}</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="249" />
      <source>Axis field(s) {fields} have no value in any unit (their variables were left out of the index): the classes are made on the other axes.</source>
      <translation>Le ou les champs d'axe {fields} n'ont de valeur pour aucune unité (leurs variables ont été écartées de l'indice) : les classes sont faites sur les autres axes.</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="107" />
      <source>Field {field} is of type {type}, not a number: it cannot be used as a score. Choose a numeric field or convert it (field calculator, to_real()).</source>
      <translation>Le champ {field} est de type {type}, pas un nombre : il ne peut pas servir de score. Choisissez un champ numérique ou convertissez-le (calculatrice de champs, to_real()).</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="188" />
      <source>Infrastructure × publics typology at the medians</source>
      <translation>Typologie aménagement × publics aux médianes</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="187" />
      <source>Infrastructure × publics typology at the medians (code)</source>
      <translation>Typologie aménagement × publics aux médianes (code)</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="190" />
      <source>Infrastructure × publics typology at the terciles</source>
      <translation>Typologie aménagement × publics aux terciles</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="189" />
      <source>Infrastructure × publics typology at the terciles (code)</source>
      <translation>Typologie aménagement × publics aux terciles (code)</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="92" />
      <source>Method {method} has no sub-index '{code}' ({role}); choose the {role} field yourself.</source>
      <translation>La méthode {method} n'a pas de sous-indice « {code} » ({role}) ; choisissez vous-même le champ {role}.</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="127" />
      <source>Population field {field}: {count} value(s) are not numbers, e.g. '{value}' (feature {fid}); choose a numeric population field.</source>
      <translation>Champ de population {field} : {count} valeur(s) ne sont pas des nombres, p. ex. « {value} » (entité {fid}) ; choisissez un champ de population numérique.</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="241" />
      <source>Statistical typology (Ward): class, 1 = lowest mean composite</source>
      <translation>Typologie statistique (CAH) : classe, 1 = indice composite moyen le plus bas</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="166" />
      <source>exposed publics</source>
      <translation>publics exposés</translation>
    </message>
    <message>
      <location filename="../../gis/typologies.py" line="167" />
      <source>infrastructure</source>
      <translation>aménagement</translation>
    </message>
    <message>
      <location filename="../../gis/unit_access.py" line="112" />
      <source>Access times ({variables}) are computed on the {count} communes of the units and aggregated to the '{level}' units with a mean weighted by the population ({population}), flagged in the metadata.</source>
      <translation>Les temps d'accès ({variables}) sont calculés sur les {count} communes des unités puis agrégés aux unités « {level} » par une moyenne pondérée par la population ({population}), signalée dans les métadonnées.</translation>
    </message>
    <message>
      <location filename="../../gis/unit_access.py" line="116" />
      <source>Access times ({variables}) are computed on the {count} communes of the units and aggregated to the '{level}' units with a plain mean (the binding has no population), flagged in the metadata.</source>
      <translation>Les temps d'accès ({variables}) sont calculés sur les {count} communes des unités puis agrégés aux unités « {level} » par une moyenne simple (la liaison n'a pas de population), signalée dans les métadonnées.</translation>
    </message>
    <message>
      <location filename="../../gis/unit_access.py" line="89" />
      <source>Commune code(s) {codes} appear more than once in the commune layer used for the access times; each commune must appear once (dissolve multi-part communes first).</source>
      <translation>Le ou les codes communes {codes} apparaissent plusieurs fois dans la couche des communes utilisée pour les temps d'accès ; chaque commune doit n'apparaître qu'une fois (regroupez d'abord les communes en plusieurs parties).</translation>
    </message>
    <message>
      <location filename="../../gis/unit_access.py" line="85" />
      <source>The commune layer used for the access times has no INSEE code field.</source>
      <translation>La couche des communes utilisée pour les temps d'accès n'a pas de champ de code INSEE.</translation>
    </message>
    <message>
      <location filename="../../gis/units_layer.py" line="187" />
      <source>Cannot write feature {fid} to {file}: {reason}.</source>
      <translation>Impossible d'écrire l'entité {fid} dans {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../gis/units_layer.py" line="105" />
      <source>Choose the field that holds each commune's EPCI code (SIREN).</source>
      <translation>Choisissez le champ qui contient le code de l'EPCI (SIREN) de chaque commune.</translation>
    </message>
    <message>
      <location filename="../../gis/units_layer.py" line="107" />
      <source>Field '{column}' holds no valid code of level '{kind}'; choose the field of the unit code.</source>
      <translation>Le champ « {column} » ne contient aucun code valide de niveau « {kind} » ; choisissez le champ du code de l'unité.</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="56" />
      <source>&amp;Digital fragility</source>
      <translation>&amp;Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="85" />
      <source>Compute the digital fragility index (Processing)…</source>
      <translation>Calculer l'indice de fragilité numérique (traitements)…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="87" />
      <source>Digital fragility help</source>
      <translation>Aide de Fragilité numérique</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="81" />
      <source>Export the atlas…</source>
      <translation>Exporter l'atlas…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="83" />
      <source>Export the table for spreadsheets…</source>
      <translation>Exporter la table pour tableur…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="78" />
      <source>Open the Digital fragility panel: territory, data, method, results</source>
      <translation>Ouvrir le panneau Fragilité numérique : territoire, données, méthode, résultats</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="79" />
      <source>Re-run the last configuration</source>
      <translation>Relancer le dernier calcul</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="55" />
      <source>Average speed; on a road network, the speed of the roads without a speed value.</source>
      <translation>Vitesse moyenne ; sur un réseau routier, la vitesse des routes sans valeur de vitesse.</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="71" />
      <source>Binding's parameters</source>
      <translation>Paramètres de la liaison</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="186" />
      <source>Choose the road network layer of the access times, or the straight-line distance (step Method).</source>
      <translation>Choisissez la couche du réseau routier des temps d'accès, ou la distance à vol d'oiseau (étape Méthode).</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="78" />
      <source>Distance</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="25" />
      <source>Mean distance within the unit</source>
      <translation>Distance moyenne dans l'unité</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="50" />
      <source>Road distance / straight-line distance (1.3 on average in France).</source>
      <translation>Distance par la route / distance à vol d'oiseau (1,3 en moyenne en France).</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="80" />
      <source>Speed</source>
      <translation>Vitesse</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="83" />
      <source>Speed field of the roads</source>
      <translation>Champ de vitesse des routes</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="70" />
      <source>Speed of each road in km/h; empty: the speed above everywhere.</source>
      <translation>Vitesse de chaque route en km/h ; vide : la vitesse ci-dessus partout.</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="29" />
      <source>Straight line × detour</source>
      <translation>Vol d'oiseau × coefficient de détour</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="109" />
      <source>The binding computes {} access time(s) from equipment locations: {}. These parameters replace the binding's for the run.</source>
      <translation>La liaison calcule {} temps d'accès à partir des localisations d'équipements : {}. Ces paramètres remplacent ceux de la liaison pour le calcul.</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="113" />
      <source>This binding computes no access time: these parameters are not used.</source>
      <translation>Cette liaison ne calcule aucun temps d'accès : ces paramètres ne servent pas.</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="61" />
      <source>Time for a unit that holds the equipment itself: the mean distance within it (2/3 of the radius of a disc of its area, with the detour and speed above), or zero.</source>
      <translation>Temps d'une unité qui contient elle-même l'équipement : la distance moyenne en son sein (2/3 du rayon d'un disque de même surface, avec le détour et la vitesse ci-dessus), ou zéro.</translation>
    </message>
    <message>
      <location filename="../../ui/access_section.py" line="81" />
      <source>Unit holding the equipment</source>
      <translation>Unité qui possède l'équipement</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="109" />
      <source>(no other result in the project)</source>
      <translation>(aucun autre résultat dans le projet)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="64" />
      <source>Also draw the method's choices</source>
      <translation>Tirer aussi les choix de méthode</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="82" />
      <source>Another result of the index in the project (another method or data year).</source>
      <translation>Un autre résultat de l'indice dans le projet (autre méthode ou autre millésime).</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="83" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="89" />
      <source>Compare the result (A) with (B)</source>
      <translation>Comparer le résultat (A) avec (B)</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="68" />
      <source>Compute the index many times with drawn weights and choices: each unit's 5–95 % rank interval, shown in its fiche.</source>
      <translation>Calcule l'indice de nombreuses fois avec des poids et des choix tirés au sort : l'intervalle de rang 5–95 % de chaque unité, affiché dans sa fiche.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="48" />
      <source>Diagnostics report</source>
      <translation>Rapport de diagnostic</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="63" />
      <source>Each axis weight is drawn within ± this share of its value.</source>
      <translation>Chaque poids d'axe est tiré à ± cette part de sa valeur.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="49" />
      <source>Per variable: coverage, distribution, outliers; correlations, Cronbach's alpha, principal components (HTML report).</source>
      <translation>Par variable : couverture, distribution, valeurs extrêmes ; corrélations, alpha de Cronbach, composantes principales (rapport HTML).</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="71" />
      <source>Runs</source>
      <translation>Tirages</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="65" />
      <source>The normalisation and the missing-value rule are drawn too, not only the axis weights.</source>
      <translation>La normalisation et la règle des valeurs manquantes sont tirées elles aussi, pas seulement les poids des axes.</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_box.py" line="72" />
      <source>Weight spread</source>
      <translation>Variation des poids</translation>
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
      <location filename="../../ui/data_page.py" line="299" />
      <source>(computed time)</source>
      <translation>(temps calculé)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="299" />
      <source>(no column)</source>
      <translation>(aucune colonne)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="107" />
      <source>A layer or table already open in the project, read when the index is computed (it is not copied).</source>
      <translation>Une couche ou une table déjà ouverte dans le projet, lue au moment du calcul (elle n'est pas copiée).</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="101" />
      <source>A table with a code column (INSEE commune code, EPCI SIREN or department): CSV, Excel (XLSX), LibreOffice (ODS), DBF or GeoPackage. Its columns can then be bound to the variables below.</source>
      <translation>Une table avec une colonne de codes (code INSEE de commune, SIREN d'EPCI ou département) : CSV, Excel (XLSX), LibreOffice (ODS), DBF ou GeoPackage. Ses colonnes peuvent ensuite être liées aux variables ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="109" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="100" />
      <source>Add a file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="334" />
      <source>Add a table</source>
      <translation>Ajouter une table</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="94" />
      <source>Binding (*.json)</source>
      <translation>Liaison (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="96" />
      <source>Binding file</source>
      <translation>Fichier de liaison</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="151" />
      <source>Binding of the method's variables</source>
      <translation>Liaison des variables de la méthode</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="465" />
      <source>Binding saved to {}.</source>
      <translation>Liaison enregistrée dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="421" />
      <source>Binding updated: {}.</source>
      <translation>Liaison mise à jour : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="358" />
      <source>Choose a binding file (or the embedded data) before adding a table.</source>
      <translation>Choisissez un fichier de liaison (ou les données intégrées) avant d'ajouter une table.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="469" />
      <source>Choose a binding file that fits the method (step Data).</source>
      <translation>Choisissez un fichier de liaison adapté à la méthode (étape Données).</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="196" />
      <source>Choose the binding of the variables to the tables (JSON), or use the embedded data.</source>
      <translation>Choisissez la liaison des variables aux tables (JSON), ou utilisez les données intégrées.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="152" />
      <source>Each variable of the method takes its values from a table column. Change a status or a column here; the binding file itself is not modified.</source>
      <translation>Chaque variable de la méthode prend ses valeurs dans une colonne de table. Modifiez ici un statut ou une colonne ; le fichier de liaison lui-même n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="121" />
      <source>Project table</source>
      <translation>Table du projet</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="456" />
      <source>Save the binding as</source>
      <translation>Enregistrer la liaison sous</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="138" />
      <source>Save the binding as…</source>
      <translation>Enregistrer la liaison sous…</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="429" />
      <source>Select a table to see its first rows.</source>
      <translation>Sélectionnez une table pour voir ses premières lignes.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="346" />
      <source>Sheet or table of {}:</source>
      <translation>Feuille ou table de {} :</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="99" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="131" />
      <source>Source column</source>
      <translation>Colonne source</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="131" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="115" />
      <source>Tables</source>
      <translation>Tables</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="335" />
      <source>Tables ({});;All files (*)</source>
      <translation>Tables ({});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="88" />
      <source>The 3,789 communes of Hauts-de-France (2021) and the open data tables shipped with the plugin, bound to the Hauts-de-France 2021 method.</source>
      <translation>Les 3 789 communes des Hauts-de-France (2021) et les tables de données ouvertes livrées avec l'extension, liées à la méthode Hauts-de-France 2021.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="87" />
      <source>Use the embedded Hauts-de-France data</source>
      <translation>Utiliser les données Hauts-de-France intégrées</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="99" />
      <source>Year</source>
      <translation>Millésime</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="415" />
      <source>{} variable(s) can be read from {}: see the proposals under the tables.</source>
      <translation>{} variable(s) peuvent être lues dans {} : voir les propositions sous les tables.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="385" />
      <source>{}: no column holds INSEE commune codes (5 characters, e.g. 59350), EPCI SIREN or department codes; add a code column to the table.</source>
      <translation>{} : aucune colonne ne contient de codes INSEE de commune (5 caractères, par ex. 59350), de SIREN d'EPCI ni de codes de département ; ajoutez une colonne de codes à la table.</translation>
    </message>
    <message>
      <location filename="../../ui/data_page.py" line="441" />
      <source>{}: {} rows, {} columns; the first {}:</source>
      <translation>{} : {} lignes, {} colonnes ; les {} premières :</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="129" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="127" />
      <source>Compute the index</source>
      <translation>Calculer l'indice</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="639" />
      <source>Compute the index to see the fiche of {}.</source>
      <translation>Calculez l'indice pour voir la fiche de {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="473" />
      <source>Computing… the map stays usable; Cancel stops the run and writes nothing.</source>
      <translation>Calcul en cours… la carte reste utilisable ; Annuler arrête le calcul sans rien écrire.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="254" />
      <source>Configuration (*.json)</source>
      <translation>Configuration (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="266" />
      <source>Configuration loaded from {}.</source>
      <translation>Configuration chargée depuis {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="283" />
      <source>Configuration saved to {}.</source>
      <translation>Configuration enregistrée dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="119" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="519" />
      <source>Digital fragility index ({})</source>
      <translation>Indice de fragilité numérique ({})</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="469" />
      <source>Digital fragility index of {}</source>
      <translation>Indice de fragilité numérique de {}</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="343" />
      <source>Embedded data loaded: {} communes of Hauts-de-France and the open data tables bound to the Hauts-de-France 2021 method.</source>
      <translation>Données intégrées chargées : {} communes des Hauts-de-France et les tables de données ouvertes liées à la méthode Hauts-de-France 2021.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="332" />
      <source>Hauts-de-France communes (2021)</source>
      <translation>Communes des Hauts-de-France (2021)</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="530" />
      <source>Index computed for {} units ({} in the reference territory); {} proxy and {} absent variables, see the summary.</source>
      <translation>Indice calculé pour {} unités ({} dans le territoire de référence) ; {} variables approchées et {} absentes, voir la synthèse.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="527" />
      <source>Join report of the run</source>
      <translation>Rapport de jointure du calcul</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="253" />
      <source>Load a configuration</source>
      <translation>Charger une configuration</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="120" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="651" />
      <source>No previous run to repeat: set up the steps of the dock, then compute.</source>
      <translation>Aucun calcul précédent à relancer : renseignez les étapes du panneau, puis calculez.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="120" />
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="271" />
      <source>Save the configuration</source>
      <translation>Enregistrer la configuration</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="119" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="235" />
      <source>The layer {} of the configuration cannot be opened; choose it again in the dock.</source>
      <translation>La couche {} de la configuration ne peut pas être ouverte ; choisissez-la de nouveau dans le panneau.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="501" />
      <source>The run failed on an unexpected error; the details are in the message log ({}).</source>
      <translation>Le calcul a échoué sur une erreur inattendue ; le détail est dans le journal des messages ({}).</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="398" />
      <source>Wait for the current computation to finish, or cancel it.</source>
      <translation>Attendez la fin du calcul en cours, ou annulez-le.</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="91" />
      <source>{file} has no commune table (ifn_members): choose the commune layer giving each unit's communes (step Territory).</source>
      <translation>{file} n'a pas de table des communes (ifn_members) : choisissez la couche des communes qui donne les communes de chaque unité (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/dock.py" line="458" />
      <source>{} is open in the project; remove its layer or choose another output file (step Results).</source>
      <translation>{} est ouvert dans le projet ; retirez sa couche ou choisissez un autre fichier de sortie (étape Résultats).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="164" />
      <source>Aggregating the communes</source>
      <translation>Agrégation des communes</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="279" />
      <source>Atlas exported: {} page(s) in {} file(s), {}.</source>
      <translation>Atlas exporté : {} page(s) dans {} fichier(s), {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="278" />
      <source>Atlas:</source>
      <translation>Atlas :</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="133" />
      <source>Checking the joins</source>
      <translation>Vérification des jointures</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="145" />
      <source>Choose the EPCI code field of the communes (step Territory) to aggregate them.</source>
      <translation>Choisissez le champ du code EPCI des communes (étape Territoire) pour les agréger.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="142" />
      <source>Choose the commune layer and its INSEE code field first (step Territory).</source>
      <translation>Choisissez d'abord la couche des communes et son champ de code INSEE (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="384" />
      <source>Choose the other result to compare with (step Results).</source>
      <translation>Choisissez l'autre résultat à comparer (étape Résultats).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="396" />
      <source>Comparison</source>
      <translation>Comparaison</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="387" />
      <source>Comparison with {}</source>
      <translation>Comparaison avec {}</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="171" />
      <source>Compute the index first (button below).</source>
      <translation>Calculez d'abord l'indice (bouton ci-dessous).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="154" />
      <source>Departments of {}</source>
      <translation>Départements de {}</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="316" />
      <source>Diagnostics report written to {}.</source>
      <translation>Rapport de diagnostic écrit dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="315" />
      <source>Diagnostics report:</source>
      <translation>Rapport de diagnostic :</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="154" />
      <source>EPCI of {}</source>
      <translation>EPCI de {}</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="290" />
      <source>Export the table</source>
      <translation>Exporter la table</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="283" />
      <source>Exporting the atlas</source>
      <translation>Export de l'atlas</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="305" />
      <source>Exporting the table</source>
      <translation>Export de la table</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="226" />
      <source>Inertia gains</source>
      <translation>Gains d'inertie</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="223" />
      <source>Inertia gains computed; {} classes suggested (step Results, Typologies).</source>
      <translation>Gains d'inertie calculés ; {} classes proposées (étape Résultats, Typologies).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="130" />
      <source>Joins checked: {} table(s), {} with units that find no row (see step Data).</source>
      <translation>Jointures vérifiées : {} table(s), dont {} avec des unités sans ligne (voir l'étape Données).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="355" />
      <source>Rank stability of {} runs added to the result's group; the fiches show each unit's rank interval.</source>
      <translation>Stabilité du classement sur {} tirages ajoutée au groupe du résultat ; les fiches montrent l'intervalle de rang de chaque unité.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="354" />
      <source>Rank stability:</source>
      <translation>Stabilité du classement :</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="197" />
      <source>Statistical typology ({} classes)</source>
      <translation>Typologie statistique ({} classes)</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="303" />
      <source>Table exported: {}.</source>
      <translation>Table exportée : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="302" />
      <source>Table:</source>
      <translation>Table :</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="291" />
      <source>Tables (*{})</source>
      <translation>Tables (*{})</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="244" />
      <source>The atlas pages are made for communes: score the communes to export them.</source>
      <translation>Les pages de l'atlas sont faites pour les communes : calculez l'indice des communes pour les exporter.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="185" />
      <source>The display filter {} does not apply to {}; every unit is shown.</source>
      <translation>Le filtre d'affichage {} ne s'applique pas à {} ; toutes les unités sont affichées.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="328" />
      <source>The steps changed since the result was computed: compute the index again, then its rank stability.</source>
      <translation>Les étapes ont changé depuis le calcul du résultat : calculez de nouveau l'indice, puis la stabilité de son classement.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="211" />
      <source>{} added to the result's group ({}).</source>
      <translation>{} ajoutée au groupe du résultat ({}).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="391" />
      <source>{} added to the result's group: positive changes mean more fragile in {}.</source>
      <translation>{} ajoutée au groupe du résultat : une évolution positive signifie plus fragile dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="96" />
      <source>{} cancelled; nothing was written.</source>
      <translation>{} annulé(e) ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="101" />
      <source>{} failed on an unexpected error; the details are in the message log ({}).</source>
      <translation>{} : échec sur une erreur inattendue ; le détail est dans le journal des messages ({}).</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="161" />
      <source>{} units built from {} communes in {}; they are now the unit layer.</source>
      <translation>{} unités construites à partir de {} communes dans {} ; elles sont désormais la couche des unités.</translation>
    </message>
    <message>
      <location filename="../../ui/dock_actions.py" line="113" />
      <source>{}… the map stays usable; Cancel stops it and writes nothing.</source>
      <translation>{}… la carte reste utilisable ; Annuler l'arrête sans rien écrire.</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="54" />
      <source>Atlas files</source>
      <translation>Fichiers de l'atlas</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="53" />
      <source>Atlas pages</source>
      <translation>Pages de l'atlas</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="23" />
      <source>CSV for French spreadsheets</source>
      <translation>CSV pour tableur français</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="72" />
      <source>Display filter: {}</source>
      <translation>Filtre d'affichage : {}</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="23" />
      <source>Excel workbook (XLSX)</source>
      <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="47" />
      <source>Export the table…</source>
      <translation>Exporter la table…</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="42" />
      <source>Limit to the display filter</source>
      <translation>Limiter au filtre d'affichage</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="73" />
      <source>No display filter (step Territory): every unit is exported.</source>
      <translation>Pas de filtre d'affichage (étape Territoire) : toutes les unités sont exportées.</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="19" />
      <source>One PDF</source>
      <translation>Un seul PDF</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="43" />
      <source>Only the units of the display filter (step Territory) are exported; for the EPCI atlas, the EPCI of these units.</source>
      <translation>Seules les unités du filtre d'affichage (étape Territoire) sont exportées ; pour l'atlas des EPCI, les EPCI de ces unités.</translation>
    </message>
    <message>
      <location filename="../../ui/export_box.py" line="55" />
      <source>Table format</source>
      <translation>Format de la table</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="24" />
      <source>Check the joins</source>
      <translation>Vérifier les jointures</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="72" />
      <source>Check the joins before computing: for each table, the units that find their row, the codes that match nothing, repaired codes and impossible values. A run shows its own report here.</source>
      <translation>Vérifiez les jointures avant le calcul : pour chaque table, les unités qui trouvent leur ligne, les codes sans correspondance, les codes réparés et les valeurs impossibles. Un calcul affiche ici son propre rapport.</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="31" />
      <source>Codes of the table that match no unit</source>
      <translation>Codes de la table qui ne correspondent à aucune unité</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="28" />
      <source>Extra codes</source>
      <translation>Codes en trop</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="28" />
      <source>Found</source>
      <translation>Trouvées</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="28" />
      <source>No row</source>
      <translation>Sans ligne</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="25" />
      <source>Read the tables and join them to the units as the run will, without computing or writing anything.</source>
      <translation>Lit les tables et les joint aux unités comme le fera le calcul, sans rien calculer ni écrire.</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="70" />
      <source>Units of the layer found in each table; hover a count to see the codes. The full report follows.</source>
      <translation>Unités de la couche trouvées dans chaque table ; survolez un nombre pour voir les codes. Le rapport complet suit.</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="29" />
      <source>Units of the layer found in the table</source>
      <translation>Unités de la couche trouvées dans la table</translation>
    </message>
    <message>
      <location filename="../../ui/join_report_box.py" line="30" />
      <source>Units of the layer without a row in the table</source>
      <translation>Unités de la couche sans ligne dans la table</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="204" />
      <source>As in the method: {}</source>
      <translation>Comme dans la méthode : {}</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="181" />
      <source>Choose a method file (JSON).</source>
      <translation>Choisissez un fichier de méthode (JSON).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="298" />
      <source>Choose a valid method file (step Method).</source>
      <translation>Choisissez un fichier de méthode valide (étape Méthode).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="123" />
      <source>Configuration file</source>
      <translation>Fichier de configuration</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="79" />
      <source>Custom method file…</source>
      <translation>Fichier de méthode personnalisé…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="55" />
      <source>Decile points (−3 to +3)</source>
      <translation>Points de déciles (−3 à +3)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="300" />
      <source>Give at least one axis a weight above 0 (step Method).</source>
      <translation>Donnez à au moins un axe un poids supérieur à 0 (étape Méthode).</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="120" />
      <source>Load a configuration file: every step of the dock is set from it.</source>
      <translation>Charger un fichier de configuration : toutes les étapes du panneau en sont renseignées.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="60" />
      <source>Mean of the variables present</source>
      <translation>Moyenne des variables présentes</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="82" />
      <source>Method (*.json)</source>
      <translation>Méthode (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="106" />
      <source>Method's weights</source>
      <translation>Poids de la méthode</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="51" />
      <source>Min-max over the reference (1 = most fragile)</source>
      <translation>Min-max sur la référence (1 = le plus fragile)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="100" />
      <source>Minimum share present</source>
      <translation>Part minimale présente</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="95" />
      <source>Normalisation and missing values</source>
      <translation>Normalisation et valeurs manquantes</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="119" />
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="53" />
      <source>Percentile rank</source>
      <translation>Rang centile</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="52" />
      <source>Ratio to the reference rate (base 100)</source>
      <translation>Rapport au taux de référence (base 100)</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="122" />
      <source>Save the current steps of the dock as a configuration file.</source>
      <translation>Enregistrer les étapes actuelles du panneau dans un fichier de configuration.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="121" />
      <source>Save…</source>
      <translation>Enregistrer…</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="264" />
      <source>Sum of the weights: 0; give at least one axis a weight.</source>
      <translation>Somme des poids : 0 ; donnez un poids à au moins un axe.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="261" />
      <source>Sum of the weights: {}; each axis counts for its weight divided by the sum.</source>
      <translation>Somme des poids : {} ; chaque axe compte pour son poids divisé par la somme.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="124" />
      <source>The layer, territory, method, binding and parameters in one JSON file, to share or to run again.</source>
      <translation>La couche, le territoire, la méthode, la liaison et les paramètres dans un fichier JSON, à partager ou à relancer.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="93" />
      <source>Under the "mean of the variables present" rule, an axis gets a score only when at least this share of its variables has a value.</source>
      <translation>Avec la règle « moyenne des variables présentes », un axe n'a un score que si au moins cette part de ses variables a une valeur.</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="59" />
      <source>Value of the EPCI, then the department, then the reference territory</source>
      <translation>Valeur de l'EPCI, puis du département, puis du territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/method_page.py" line="54" />
      <source>Z-score</source>
      <translation>Score z</translation>
    </message>
    <message>
      <location filename="../../ui/proposals_box.py" line="73" />
      <source>&lt;b&gt;{}&lt;/b&gt;&lt;br&gt;{} · now: {}</source>
      <translation>&lt;b&gt;{}&lt;/b&gt;&lt;br&gt;{} · actuellement : {}</translation>
    </message>
    <message>
      <location filename="../../ui/proposals_box.py" line="36" />
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../ui/proposals_box.py" line="37" />
      <source>Proposed binding</source>
      <translation>Liaison proposée</translation>
    </message>
    <message>
      <location filename="../../ui/proposals_box.py" line="66" />
      <source>The columns of &lt;b&gt;{}&lt;/b&gt; are INSEE codes that can feed these variables. Tick the ones to use; the binding file itself is not modified.</source>
      <translation>Les colonnes de &lt;b&gt;{}&lt;/b&gt; sont des codes INSEE qui peuvent alimenter ces variables. Cochez celles à utiliser ; le fichier de liaison lui-même n'est pas modifié.</translation>
    </message>
    <message>
      <location filename="../../ui/proposals_box.py" line="35" />
      <source>Use the ticked proposals</source>
      <translation>Utiliser les propositions cochées</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="206" />
      <source>&lt;b&gt;{}&lt;/b&gt; units scored, &lt;b&gt;{}&lt;/b&gt; in the reference territory.</source>
      <translation>&lt;b&gt;{}&lt;/b&gt; unités calculées, dont &lt;b&gt;{}&lt;/b&gt; dans le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="216" />
      <source>Absent from the data ({}): {}.</source>
      <translation>Absentes des données ({}) : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="152" />
      <source>Atlas and table</source>
      <translation>Atlas et table</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="273" />
      <source>Axes</source>
      <translation>Axes</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="75" />
      <source>Axis score {} (mean of the reference territory: {}).</source>
      <translation>Score de l'axe {} (moyenne du territoire de référence : {}).</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="126" />
      <source>Click a unit to open its fiche.</source>
      <translation>Cliquez sur une unité pour ouvrir sa fiche.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="208" />
      <source>Coverage: on average {} of the variables observed; {} units have every variable observed.</source>
      <translation>Couverture : en moyenne {} des variables observées ; {} unités ont toutes leurs variables observées.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="153" />
      <source>Diagnostics, stability, comparison</source>
      <translation>Diagnostic, stabilité, comparaison</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="23" />
      <source>EPCI mean</source>
      <translation>moyenne de l'EPCI</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="23" />
      <source>EPCI value (table)</source>
      <translation>valeur de l'EPCI (table)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="144" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="118" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="211" />
      <source>Imputed variables: {}.</source>
      <translation>Variables imputées : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="258" />
      <source>Index {}: rank {} of {} (1 = most fragile), decile {}.</source>
      <translation>Indice {} : rang {} sur {} (1 = la plus fragile), décile {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="262" />
      <source>Index {}; outside the reference territory, so without a rank.</source>
      <translation>Indice {} ; hors du territoire de référence, donc sans rang.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="171" />
      <source>Leave empty to write a new GeoPackage in {}.</source>
      <translation>Laissez vide pour écrire un nouveau GeoPackage dans {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="131" />
      <source>Name or INSEE code of a unit</source>
      <translation>Nom ou code INSEE d'une unité</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="214" />
      <source>No value was imputed.</source>
      <translation>Aucune valeur n'a été imputée.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="268" />
      <source>Observed variables: {}.</source>
      <translation>Variables observées : {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="120" />
      <source>Output file</source>
      <translation>Fichier de sortie</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="266" />
      <source>Rank interval (Monte Carlo, 5–95 %): {} to {}, median {}.</source>
      <translation>Intervalle de rang (Monte-Carlo, 5–95 %) : {} à {}, médiane {}.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="176" />
      <source>Run the computation (button below) to see the summary and the fiches.</source>
      <translation>Lancez le calcul (bouton ci-dessous) pour voir la synthèse et les fiches.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="247" />
      <source>Select a unit on the map, in the list above, or type its name here.</source>
      <translation>Sélectionnez une unité sur la carte, dans la liste ci-dessus, ou tapez son nom ici.</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="274" />
      <source>Sub-indices</source>
      <translation>Sous-indices</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="219" />
      <source>The {} most fragile units:</source>
      <translation>Les {} unités les plus fragiles :</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="151" />
      <source>Typologies</source>
      <translation>Typologies</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="125" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="95" />
      <source>contribution {}</source>
      <translation>contribution {}</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="24" />
      <source>department mean</source>
      <translation>moyenne du département</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="24" />
      <source>department value (table)</source>
      <translation>valeur du département (table)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="25" />
      <source>missing</source>
      <translation>manquante</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="23" />
      <source>observed</source>
      <translation>observée</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="93" />
      <source>rank {} of {}</source>
      <translation>rang {} sur {}</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="25" />
      <source>reference territory mean</source>
      <translation>moyenne du territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="212" />
      <source>{} ({} units)</source>
      <translation>{} ({} unités)</translation>
    </message>
    <message>
      <location filename="../../ui/results_page.py" line="100" />
      <source>{}: normalised score {}.</source>
      <translation>{} : score normalisé {}.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="296" />
      <source>Choose the field of the INSEE codes (step Territory).</source>
      <translation>Choisissez le champ des codes INSEE (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="300" />
      <source>Choose the field that defines the reference territory (step Territory).</source>
      <translation>Choisissez le champ qui définit le territoire de référence (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="162" />
      <source>Choose the layer of the units to score (communes, with their INSEE code), or use the embedded Hauts-de-France data (step Data).</source>
      <translation>Choisissez la couche des unités à évaluer (communes, avec leur code INSEE), ou utilisez les données Hauts-de-France intégrées (étape Données).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="293" />
      <source>Choose the unit layer (step Territory).</source>
      <translation>Choisissez la couche des unités (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="182" />
      <source>Detected: INSEE codes in &lt;b&gt;{}&lt;/b&gt;; {} units.</source>
      <translation>Détecté : codes INSEE dans &lt;b&gt;{}&lt;/b&gt; ; {} unités.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="185" />
      <source>Detected: unit codes in &lt;b&gt;{}&lt;/b&gt;; {} units.</source>
      <translation>Détecté : codes des unités dans &lt;b&gt;{}&lt;/b&gt; ; {} unités.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="113" />
      <source>Display filter</source>
      <translation>Filtre d'affichage</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="67" />
      <source>EPCI code</source>
      <translation>Code EPCI</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="98" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="92" />
      <source>Minimum, maximum and reference rates are taken over these units, and the ranks are given among them.</source>
      <translation>Les minimums, maximums et taux de référence sont pris sur ces unités, et les rangs sont donnés parmi elles.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="188" />
      <source>No field of this layer holds INSEE commune codes (5 characters, e.g. 59350 or 2A004); choose the code field.</source>
      <translation>Aucun champ de cette couche ne contient de codes INSEE de communes (5 caractères, par exemple 59350 ou 2A004) ; choisissez le champ du code.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="191" />
      <source>No field of this layer holds one code per unit of this level; choose the code field, or aggregate the communes below.</source>
      <translation>Aucun champ de cette couche ne contient un code par unité de ce niveau ; choisissez le champ du code, ou agrégez les communes ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="110" />
      <source>Optional: only these units are shown in the result layer, for example the communes of one EPCI. Scores and ranks still use the reference territory.</source>
      <translation>Facultatif : seules ces unités sont affichées dans la couche de résultats, par exemple les communes d'un EPCI. Les scores et les rangs restent calculés sur le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="91" />
      <source>Reference territory</source>
      <translation>Territoire de référence</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="72" />
      <source>The EPCI and department codes let a missing value take the value of the EPCI, then of the department. The layer is only read, never modified.</source>
      <translation>Les codes EPCI et département permettent à une valeur manquante de prendre la valeur de l'EPCI, puis du département. La couche est seulement lue, jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="303" />
      <source>The expression {} is not valid: {}</source>
      <translation>L'expression {} n'est pas valide : {}</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="77" />
      <source>The whole layer</source>
      <translation>Toute la couche</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="242" />
      <source>This expression is not valid: {}</source>
      <translation>Cette expression n'est pas valide : {}</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="65" />
      <source>Unit code</source>
      <translation>Code de l'unité</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="79" />
      <source>Units matching an expression</source>
      <translation>Unités répondant à une expression</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="78" />
      <source>Units where a field has a value</source>
      <translation>Unités où un champ a une valeur</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="99" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../ui/territory_page.py" line="234" />
      <source>{} of {} units are in the reference territory.</source>
      <translation>{} unités sur {} sont dans le territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="57" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="37" />
      <source>Compute the Ward hierarchy on the axis scores and show how much each additional class explains, to choose the number of classes.</source>
      <translation>Calcule la classification de Ward sur les scores des axes et montre ce qu'apporte chaque classe supplémentaire, pour choisir le nombre de classes.</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="46" />
      <source>Compute the inertia gains first, then choose the number of classes.</source>
      <translation>Calculez d'abord les gains d'inertie, puis choisissez le nombre de classes.</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="28" />
      <source>Each typology is a new layer in the result's group, with a map theme per style; the result layer is not modified.</source>
      <translation>Chaque typologie est une nouvelle couche dans le groupe du résultat, avec un thème de carte par style ; la couche du résultat n'est pas modifiée.</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="39" />
      <source>Explained</source>
      <translation>Expliqué</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="39" />
      <source>Gain</source>
      <translation>Gain</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="89" />
      <source>Gain: share of the inertia gained by the last class added. The gain drops most after {} classes: a good number to start with.</source>
      <translation>Gain : part de l'inertie gagnée par la dernière classe ajoutée. Le gain chute le plus après {} classes : un bon nombre pour commencer.</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="36" />
      <source>Inertia gains (Ward)…</source>
      <translation>Gains d'inertie (Ward)…</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="30" />
      <source>Infrastructure × publics typology (2 × 2 and 3 × 3)</source>
      <translation>Typologie aménagement × publics (2 × 2 et 3 × 3)</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="44" />
      <source>Statistical typology</source>
      <translation>Typologie statistique</translation>
    </message>
    <message>
      <location filename="../../ui/typology_box.py" line="31" />
      <source>Units classed at the medians (2 × 2) and terciles (3 × 3) of the "aménagement" and "publics exposés" sub-indices of the reference territory.</source>
      <translation>Unités classées aux médianes (2 × 2) et aux terciles (3 × 3) des sous-indices « aménagement » et « publics exposés » du territoire de référence.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="50" />
      <source>(ifn_members table)</source>
      <translation>(table ifn_members)</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="51" />
      <source>A commune layer or table with each commune's INSEE code and the code of its unit. Empty: the ifn_members table of a layer built by the aggregation.</source>
      <translation>Une couche ou une table de communes avec le code INSEE de chaque commune et le code de son unité. Vide : la table ifn_members d'une couche construite par l'agrégation.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="76" />
      <source>Aggregate the communes:</source>
      <translation>Agréger les communes :</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="68" />
      <source>Build a layer of EPCI from the communes of the unit layer (geometries dissolved, communes listed), then score the EPCI.</source>
      <translation>Construit une couche des EPCI à partir des communes de la couche des unités (géométries fusionnées, communes listées), puis calcule l'indice des EPCI.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="71" />
      <source>Build a layer of departments from the communes of the unit layer, then score the departments.</source>
      <translation>Construit une couche des départements à partir des communes de la couche des unités, puis calcule l'indice des départements.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="67" />
      <source>By EPCI</source>
      <translation>Par EPCI</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="70" />
      <source>By department</source>
      <translation>Par département</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="160" />
      <source>Choose the commune code and unit code fields of the commune layer (step Territory).</source>
      <translation>Choisissez les champs du code de commune et du code de l'unité dans la couche des communes (étape Territoire).</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="61" />
      <source>Commune code</source>
      <translation>Code de la commune</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="147" />
      <source>Commune tables are aggregated to the units through this layer.</source>
      <translation>Les tables communales sont agrégées aux unités au moyen de cette couche.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="60" />
      <source>Communes from</source>
      <translation>Communes de</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="25" />
      <source>Departments (communes aggregated)</source>
      <translation>Départements (communes agrégées)</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="24" />
      <source>EPCI (communes aggregated)</source>
      <translation>EPCI (communes agrégées)</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="143" />
      <source>The communes of each unit come from the layer's ifn_members table ({} communes). Commune tables are aggregated to the units.</source>
      <translation>Les communes de chaque unité viennent de la table ifn_members de la couche ({} communes). Les tables communales sont agrégées aux unités.</translation>
    </message>
    <message>
      <location filename="../../ui/unit_level.py" line="156" />
      <source>To score EPCI or departments, choose a commune layer with the unit code of each commune, or aggregate the communes (step Territory).</source>
      <translation>Pour évaluer des EPCI ou des départements, choisissez une couche de communes portant le code de l'unité de chaque commune, ou agrégez les communes (étape Territoire).</translation>
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
