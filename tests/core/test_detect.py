"""Proposing the code, name, EPCI and department fields of a unit layer from sample values."""

from fragilite_numerique.core import detect


def samples():
    return {
        "fid": [1, 2, 3, 4],
        "id": ["2001", "59350", "2A004", "62041"],      # Aisne code read as a number, Corsica
        "libelle": ["Abbécourt", "Lille", "Ajaccio", "Arras"],
        "siren": ["200071991", "200093201", "200066793", "200033579"],
        "dep": ["02", "59", "2A", "62"],
        "classe": ["10", "12", "11", "10"],
        "epci_nom": ["CA Chauny", "MEL", "CA Ajaccio", "CU Arras"],
    }


def test_unit_fields_from_values_not_names():
    assert detect.unit_fields(samples()) == {"code": "id", "name": "libelle", "epci": "siren", "dep": "dep"}


def test_duplicated_codes_are_not_a_unit_code():
    data = {"code": ["59350", "59350", "62041", "62041"]}
    assert detect.commune_code_field(data) is None


def test_a_named_field_wins_a_tie_and_unnamed_two_digit_fields_are_not_departments():
    data = {"a": ["59350", "62041"], "insee_com": ["59350", "62041"], "n": ["59", "62"]}
    assert detect.commune_code_field(data) == "insee_com"
    assert detect.department_field(data) is None


def test_nothing_fits():
    assert detect.unit_fields({"x": [1.5, 2.5], "y": [None, None]}) == \
        {"code": None, "name": None, "epci": None, "dep": None}


def test_the_code_of_epci_and_department_units_is_a_unique_field_of_that_level():
    epci_layer = {"code": ["200071991", "200093201"], "nom": ["CA Chauny", "MEL"], "dep": ["02", "59"]}
    assert detect.level_code_field(epci_layer, "epci") == "code"
    communes = {"code": ["59350", "59009"], "epci": ["200093201", "200093201"], "dep": ["59", "59"]}
    assert detect.level_code_field(communes, "epci") is None       # the communes' EPCI repeats
    assert detect.level_code_field(communes, "dep") is None
    assert detect.level_code_field({"n": ["12", "13"], "code": ["59", "62"]}, "dep") == "code"
    assert detect.level_code_field(communes, "commune") == "code"
