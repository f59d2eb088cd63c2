# ---- site checks (tests/test_site_checks.py, tests/browser_harness.py) -- begin ----
def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: slow site checks with real validators (Chromium via playwright-core, axe-core, "
        "vnu.jar); the tools come from tests/tools/install.sh",
    )


# ---- site checks -- end ----
