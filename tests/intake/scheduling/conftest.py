import pytest

from tests.intake.scheduling.factory import make_clinic


@pytest.fixture
def clinic(db):
    """A GB/England clinic open Mon-Fri 9-13 and 14-18, two practitioners, two rooms."""
    return make_clinic()
