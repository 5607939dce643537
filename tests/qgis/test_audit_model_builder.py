"""Issue 2, item 6: "Compute the index" used in a Model Builder model, chained with another step."""

from qgis import processing
from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from conftest import ensure_provider, file_hash
from hardening import communes_uri, small_case


def child(algorithm_id: str, child_id: str, sources: dict, outputs: dict) -> QgsProcessingModelChildAlgorithm:
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    # As the Model Builder's dialog does: every other parameter starts at its default value.
    for definition in QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinitions():
        if definition.name() not in sources and not definition.isDestination() \
                and definition.defaultValue() is not None:
            sources[definition.name()] = QgsProcessingModelChildParameterSource.fromStaticValue(
                definition.defaultValue())
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    wanted = {}
    for name, model_name in outputs.items():
        output = QgsProcessingModelOutput(model_name)
        output.setChildId(child_id)
        output.setChildOutputName(name)
        wanted[model_name] = output
    step.setModelOutputs(wanted)
    return step


def index_then_typology_model() -> QgsProcessingModelAlgorithm:
    """communes → compute_index → policy_typology, as a user would draw it in the Model Builder."""
    model = QgsProcessingModelAlgorithm("ifn_puis_typologie", "tests")
    for definition in (QgsProcessingParameterVectorLayer("communes", "Communes"),
                       QgsProcessingParameterFile("methode", "Méthode", extension="json"),
                       QgsProcessingParameterFile("liaison", "Liaison", extension="json")):
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
    from_model = QgsProcessingModelChildParameterSource.fromModelParameter
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model.addChildAlgorithm(child("fragilite_numerique:compute_index", "indice", {
        "INPUT": from_model("communes"), "CODE_FIELD": static("code"), "EPCI_FIELD": static("epci"),
        "DEP_FIELD": static("dep"), "METHOD": from_model("methode"), "BINDING": from_model("liaison")},
        {"OUTPUT": "indice"}))
    typology = child("fragilite_numerique:policy_typology", "typologie", {
        "INPUT": QgsProcessingModelChildParameterSource.fromChildOutput("indice", "OUTPUT")},
        {"OUTPUT": "typologie"})
    model.addChildAlgorithm(typology)
    model.updateDestinationParameters()
    return model


def test_compute_index_in_a_model_chained_to_the_typology(tmp_path, qgis_processing):
    ensure_provider()
    case = small_case(tmp_path / "case")
    before = file_hash(case / "communes.gpkg")
    model = index_then_typology_model()
    ok, problems = model.validate()
    assert ok, problems
    # The model survives a save and reload (.model3), as the Model Builder does.
    path = tmp_path / "modele.model3"
    assert model.toFile(str(path))
    reloaded = QgsProcessingModelAlgorithm()
    assert reloaded.fromFile(str(path))
    result = processing.run(reloaded, {
        "communes": communes_uri(case), "methode": str(case / "method.json"), "liaison": str(case / "binding.json"),
        "indice:indice": str(tmp_path / "indice.gpkg"), "typologie:typologie": str(tmp_path / "typo.gpkg")})
    assert file_hash(case / "communes.gpkg") == before
    scored = QgsVectorLayer(result["indice:indice"], "indice", "ogr")
    assert scored.isValid() and scored.featureCount() == 43
    values = [f["ifn"] for f in scored.getFeatures()]
    assert all(0 <= v <= 1 for v in values) and max(values) > min(values)
    ranks = sorted(f["ifn_rang"] for f in scored.getFeatures())
    assert ranks[0] == 1 and ranks[-1] <= 43
    typed = QgsVectorLayer(result["typologie:typologie"], "typo", "ogr")
    assert typed.featureCount() == 43
    classes = {f["ifn_typ"] for f in typed.getFeatures()}
    assert classes <= {"11", "12", "21", "22"} and len(classes) >= 2
