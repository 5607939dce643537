"""QGIS entry point: only ``classFactory``, so importing the package has no side effect."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    from .plugin import FragiliteNumeriquePlugin

    return FragiliteNumeriquePlugin(iface)
