"""The generated dealership's customers and their cars, with valid identifiers.

People (a name, a resident ID, a mobile number), companies (a USCC) and vehicles
(a VIN with its check digit, a plate, an insurer); each vehicle gets its service
history from the visits module beside this one.

Examples:
    >>> import random
    >>> from datetime import date
    >>> shop = Shop(random.Random(1), date(2025, 10, 1))
    >>> person = add_person(shop)
    >>> car = add_vehicle(shop, person)
    >>> car.customer_number == person.number, vin.is_valid(car.vin)
    (True, True)
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from autocrm.domain import (
    Address,
    Customer,
    CustomerKind,
    Gender,
    Vehicle,
)
from autocrm.domain.identifiers import ric, uscc, vin
from autocrm.testing._synthetic_shop import _ADVISORS, Shop
from autocrm.testing._synthetic_visits import add_history

_INSURERS = ("人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉"
_COMPANY_KINDS = ("物流有限公司", "出租汽车有限公司", "建设集团", "医药有限公司", "电力公司")
_CITIES = (
    ("北京", "110105", "京", "100020"),
    ("天津", "120101", "津", "300010"),
    ("石家庄", "130102", "冀", "050000"),
    ("廊坊", "131002", "冀", "065000"),
)
_MODELS = (
    ("速腾 1.4T", "A级"),
    ("迈腾 2.0T", "B级"),
    ("朗逸 1.5L", "A级"),
    ("帕萨特 330TSI", "B级"),
    ("途观L 330TSI", "SUV"),
    ("ID.4 CROZZ", "新能源"),
)
_WMIS = ("LFV", "LSV", "LVS", "LGB", "LHG", "LSG")
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def _vin(rng: random.Random, serial: int, year: int) -> str:
    wmi = rng.choice(_WMIS)
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    year_code = _YEAR_CODES[(year - 2010) % 30]
    body = f"{wmi}{vds}0{year_code}{rng.choice('ABCDEFGH123')}{serial:06d}"
    return body[:8] + vin.check_digit(body) + body[9:]


def _plate(prefix: str, serial: int, electric: bool) -> str:
    letter = _PLATE_LETTERS[serial % len(_PLATE_LETTERS)]
    number = serial // len(_PLATE_LETTERS)
    if electric:
        return f"{prefix}{letter}D{number % 100_000:05d}"
    return f"{prefix}{letter}{number % 100_000:05d}"


def _resident_id(rng: random.Random, area: str, born: date) -> str:
    body = f"{area}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.check_digit(body + "0")


def _uscc(serial: int, area: str) -> str:
    body = f"91{area}{serial:09d}"[:17]
    return body + uscc.check_digit(body + "0")


def add_person(shop: Shop) -> Customer:
    rng = shop.rng
    number = f"C{len(shop.customers) + 1:06d}"
    city, area, _, postcode = rng.choice(_CITIES)
    born = date(rng.randint(1955, 2002), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.01:
        born = date(rng.choice((1964, 1972, 1980, 1988, 1996)), 2, 29)
    rid = _resident_id(rng, area, born)
    customer = Customer(
        number=number,
        name=rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(2)),
        kind=CustomerKind.PERSON,
        gender=Gender.MALE if ric.gender(rid) == "male" else Gender.FEMALE,
        birth_date=born,
        resident_id=rid,
        mobile=f"+86{rng.choice((138, 139, 186, 135, 188))}{shop.next_serial():08d}",
        address=Address(f"{city}市幸福路{rng.randint(1, 300)}号", postcode=postcode),
        region=city,
        owner=rng.choice(_ADVISORS),
        registered_on=shop.as_of - timedelta(days=rng.randint(30, 3650)),
        categories={"source": rng.choice(("展厅", "网络", "转介绍", "车展"))},
    )
    shop.customers.append(customer)
    return customer


def add_company(shop: Shop, name: str | None = None) -> Customer:
    rng = shop.rng
    number = f"C{len(shop.customers) + 1:06d}"
    city, area, _, postcode = rng.choice(_CITIES)
    customer = Customer(
        number=number,
        name=name
        or f"{city}{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)}{rng.choice(_COMPANY_KINDS)}",
        kind=CustomerKind.COMPANY,
        uscc=_uscc(shop.next_serial(), area),
        mobile=f"+86{rng.choice((136, 137, 158))}{shop.next_serial():08d}",
        address=Address(f"{city}市金融街{rng.randint(1, 99)}号", postcode=postcode),
        region=city,
        owner=rng.choice(_ADVISORS),
        registered_on=shop.as_of - timedelta(days=rng.randint(30, 3650)),
        tags={"fleet"},
    )
    shop.customers.append(customer)
    return customer


def add_vehicle(shop: Shop, owner: Customer, *, insurer: str | None = None) -> Vehicle:
    rng = shop.rng
    purchased = shop.as_of - timedelta(days=rng.randint(20, 365 * 6))
    model, model_class = rng.choice(_MODELS)
    electric = model_class == "新能源"
    prefix = next(c[2] for c in _CITIES if c[0] == owner.region) if owner.region else "京"
    serial = shop.next_serial()
    renewal = date(shop.as_of.year, purchased.month, min(purchased.day, 28))
    if renewal < shop.as_of - timedelta(days=60):
        renewal = renewal.replace(year=renewal.year + 1)
    car = Vehicle(
        vin=_vin(rng, serial, purchased.year),
        customer_number=owner.number,
        plate=_plate(prefix, serial, electric),
        brand="大众",
        model=model,
        model_class=model_class,
        colour=rng.choice(("白", "黑", "银", "灰", "蓝")),
        manufactured_on=purchased - timedelta(days=rng.randint(30, 120)),
        purchased_on=purchased,
        registered_on=purchased,
        insurer=insurer or rng.choice(_INSURERS),
        insurance_renewal_on=renewal,
        annual_inspection_on=date(purchased.year + 6, purchased.month, 1)
        if purchased.year + 6 > shop.as_of.year
        else date(shop.as_of.year + 1, purchased.month, 1),
        warranty_expires_on=purchased + timedelta(days=365 * 3),
        warranty_km=100_000,
        is_new_car_sale=rng.random() < 0.7,
    )
    shop.vehicles.append(car)
    add_history(shop, owner, car)
    return car
