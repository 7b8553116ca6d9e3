"""Check characters of the identifiers in the demo data, computed the way the core validates them."""

# GB 11643-1999 resident ID and the acceptance number: ISO 7064 MOD 11-2, recursive form.
def mod11_2(digits: str) -> str:
    p = 0
    for c in digits:
        p = ((p + int(c)) * 2) % 11
    check = (12 - p) % 11
    return "X" if check == 10 else str(check)


def resident_id(region: str, birth: str, sequence: int) -> str:
    """region: 6 digits in GB/T 2260; birth: YYYYMMDD; sequence: odd for men, even for women."""
    body = f"{region}{birth}{sequence:03d}"
    assert len(body) == 17 and body.isdigit(), body
    return body + mod11_2(body)


CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z


def organisation_check(body8: str) -> str:
    """GB 11714: digits are themselves, letters A..Z are 10..35."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum((int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w for c, w in zip(body8, weights))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def credit_code(authority_and_type: str, region: str, org_body8: str) -> str:
    assert all(c in CREDIT_CHARSET for c in org_body8) and len(org_body8) == 8, org_body8
    first17 = authority_and_type + region + org_body8 + organisation_check(org_body8)
    total = sum(CREDIT_CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + CREDIT_CHARSET[(31 - total % 31) % 31]


def acceptance_number(region: str, hall: int, window: int, date, sequence: int) -> str:
    """The compact form of core/AcceptanceNumber: region, hall, window, yyMMdd, sequence, check."""
    digits = f"{region}{hall:02d}{window:03d}{date.strftime('%y%m%d')}{sequence:05d}"
    assert len(digits) == 22
    return digits + mod11_2(digits)


def _self_test():
    # The example of GB 11643-1999 and the example of GB 32100-2015.
    assert resident_id("110105", "19491231", 2) == "11010519491231002X"
    assert credit_code("91", "350100", "M000100Y") == "91350100M000100Y43"


_self_test()
