"""Initial archive tables: customers, vehicles, readings, work orders (lines, service
types), follow-ups (call attempts), complaints, appointments, fleet accounts, the
audit trail and the sequences.

Revision ID: 0001
Revises:
Create Date: 2025-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


#: Tables with a surrogate ``id`` (insertion order).
_WITH_ID = (
    "appointments",
    "audit_entries",
    "complaints",
    "customers",
    "fleet_accounts",
    "followups",
    "odometer_readings",
    "vehicles",
    "work_orders",
)


def _on_duckdb() -> bool:
    return bool(op.get_bind().dialect.name == "duckdb")


def _qualified(name: str) -> str:
    """``name`` in the archive's schema, when it has one of its own."""
    schema = op.get_context().version_table_schema
    return name if schema is None else f"{schema}.{name}"


def _id(table: str) -> sa.Column[int]:
    """The surrogate key column: SERIAL (autoincrement) on SQLite and PostgreSQL.

    DuckDB has no SERIAL: there the key is drawn from a sequence of its own,
    ``<table>_id_seq`` (the name PostgreSQL gives a SERIAL's sequence), created here
    unless a table dropped by hand left it behind.
    """
    if not _on_duckdb():
        return sa.Column("id", sa.Integer(), autoincrement=True, nullable=False)
    sequence = f"{table}_id_seq"
    op.execute(sa.schema.CreateSequence(sa.Sequence(sequence), if_not_exists=True))
    return sa.Column(
        "id",
        sa.Integer(),
        server_default=sa.text(f"nextval('{_qualified(sequence)}')"),
        autoincrement=False,
        nullable=False,
    )


def upgrade() -> None:
    """Create the tables."""
    op.create_table(
        "appointment_service_types",
        sa.Column("appointment_number", sa.String(length=64), nullable=False),
        sa.Column("service_type", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "appointment_number", "service_type", name=op.f("pk_appointment_service_types")
        ),
    )
    op.create_table(
        "appointments",
        _id("appointments"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("slot", sa.DateTime(timezone=True), nullable=False),
        sa.Column("vin", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("work_order_number", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=64), nullable=True),
        sa.Column("offer", sa.String(length=400), nullable=True),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("number", name=op.f("uq_appointments_number")),
    )
    op.create_index(
        op.f("ix_appointments_customer_number"), "appointments", ["customer_number"], unique=False
    )
    op.create_index(op.f("ix_appointments_slot"), "appointments", ["slot"], unique=False)
    op.create_index(op.f("ix_appointments_vin"), "appointments", ["vin"], unique=False)
    op.create_table(
        "audit_entries",
        _id("audit_entries"),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    op.create_index(op.f("ix_audit_entries_at"), "audit_entries", ["at"], unique=False)
    op.create_index(
        op.f("ix_audit_entries_entity_entity_id"),
        "audit_entries",
        ["entity", "entity_id"],
        unique=False,
    )
    op.create_table(
        "call_attempts",
        sa.Column("followup_number", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=True),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column("handling", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("followup_number", "position", name=op.f("pk_call_attempts")),
    )
    op.create_index(op.f("ix_call_attempts_at"), "call_attempts", ["at"], unique=False)
    op.create_table(
        "complaint_departments",
        sa.Column("complaint_number", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint(
            "complaint_number", "position", name=op.f("pk_complaint_departments")
        ),
    )
    op.create_index(
        op.f("ix_complaint_departments_department"),
        "complaint_departments",
        ["department"],
        unique=False,
    )
    op.create_table(
        "complaints",
        _id("complaints"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("vin", sa.String(length=64), nullable=True),
        sa.Column("work_order_number", sa.String(length=64), nullable=True),
        sa.Column("cause", sa.String(length=32), nullable=True),
        sa.Column("topic", sa.String(length=32), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("handler", sa.String(length=200), nullable=True),
        sa.Column("handling", sa.JSON(), nullable=False),
        sa.Column("remedies", sa.JSON(), nullable=False),
        sa.Column("callback_promised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("number", name=op.f("uq_complaints_number")),
    )
    op.create_index(op.f("ix_complaints_closed_at"), "complaints", ["closed_at"], unique=False)
    op.create_index(
        op.f("ix_complaints_customer_number"), "complaints", ["customer_number"], unique=False
    )
    op.create_index(op.f("ix_complaints_received_at"), "complaints", ["received_at"], unique=False)
    op.create_index(op.f("ix_complaints_vin"), "complaints", ["vin"], unique=False)
    op.create_table(
        "customer_tags",
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("tag", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("customer_number", "tag", name=op.f("pk_customer_tags")),
    )
    op.create_index(op.f("ix_customer_tags_tag"), "customer_tags", ["tag"], unique=False)
    op.create_table(
        "customers",
        _id("customers"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("gender", sa.String(length=32), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("resident_id", sa.String(length=18), nullable=True),
        sa.Column("uscc", sa.String(length=18), nullable=True),
        sa.Column("mobile", sa.String(length=32), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("office_phone", sa.String(length=32), nullable=True),
        sa.Column("fax", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("im_id", sa.String(length=200), nullable=True),
        sa.Column("address", sa.JSON(), nullable=True),
        sa.Column("home_address", sa.JSON(), nullable=True),
        sa.Column("work_address", sa.JSON(), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("bank", sa.String(length=200), nullable=True),
        sa.Column("bank_account", sa.String(length=40), nullable=True),
        sa.Column("tax_number", sa.String(length=40), nullable=True),
        sa.Column("contacts", sa.JSON(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("opt_outs", sa.JSON(), nullable=False),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("number", name=op.f("uq_customers_number")),
    )
    op.create_index(op.f("ix_customers_birth_date"), "customers", ["birth_date"], unique=False)
    op.create_index(op.f("ix_customers_mobile"), "customers", ["mobile"], unique=False)
    op.create_index(op.f("ix_customers_name"), "customers", ["name"], unique=False)
    op.create_index(op.f("ix_customers_owner"), "customers", ["owner"], unique=False)
    op.create_index(op.f("ix_customers_resident_id"), "customers", ["resident_id"], unique=False)
    op.create_index(op.f("ix_customers_uscc"), "customers", ["uscc"], unique=False)
    op.create_table(
        "fleet_accounts",
        _id("fleet_accounts"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("vehicles", sa.Integer(), nullable=False),
        sa.Column("vehicles_served", sa.Integer(), nullable=False),
        sa.Column("influential", sa.Boolean(), nullable=False),
        sa.Column("purchase_plan", sa.String(length=32), nullable=False),
        sa.Column("agreement_signed", sa.Boolean(), nullable=False),
        sa.Column("site_visited", sa.Boolean(), nullable=False),
        sa.Column("site_serviced", sa.Boolean(), nullable=False),
        sa.Column("fleet_class", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fleet_accounts")),
        sa.UniqueConstraint("number", name=op.f("uq_fleet_accounts_number")),
    )
    op.create_index(
        op.f("ix_fleet_accounts_customer_number"),
        "fleet_accounts",
        ["customer_number"],
        unique=False,
    )
    op.create_table(
        "followups",
        _id("followups"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("vin", sa.String(length=64), nullable=True),
        sa.Column("work_order_number", sa.String(length=64), nullable=True),
        sa.Column("complaint_number", sa.String(length=64), nullable=True),
        sa.Column("trigger_on", sa.Date(), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("latest", sa.Date(), nullable=False),
        sa.Column("next_attempt_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("assigned_to", sa.String(length=200), nullable=True),
        sa.Column("rule", sa.String(length=400), nullable=True),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
        sa.UniqueConstraint("number", name=op.f("uq_followups_number")),
    )
    op.create_index(
        op.f("ix_followups_customer_number"), "followups", ["customer_number"], unique=False
    )
    op.create_index(op.f("ix_followups_due"), "followups", ["due"], unique=False)
    op.create_index(
        op.f("ix_followups_next_attempt_on"), "followups", ["next_attempt_on"], unique=False
    )
    op.create_index(op.f("ix_followups_vin"), "followups", ["vin"], unique=False)
    op.create_index(
        op.f("ix_followups_work_order_number"), "followups", ["work_order_number"], unique=False
    )
    op.create_table(
        "odometer_readings",
        _id("odometer_readings"),
        sa.Column("vin", sa.String(length=64), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("km", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_odometer_readings")),
    )
    op.create_index(op.f("ix_odometer_readings_on"), "odometer_readings", ["on"], unique=False)
    op.create_index(op.f("ix_odometer_readings_vin"), "odometer_readings", ["vin"], unique=False)
    op.create_table(
        "sequences",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sequences")),
    )
    op.create_table(
        "vehicle_tags",
        sa.Column("vin", sa.String(length=64), nullable=False),
        sa.Column("tag", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("vin", "tag", name=op.f("pk_vehicle_tags")),
    )
    op.create_index(op.f("ix_vehicle_tags_tag"), "vehicle_tags", ["tag"], unique=False)
    op.create_table(
        "vehicles",
        _id("vehicles"),
        sa.Column("vin", sa.String(length=64), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("plate", sa.String(length=16), nullable=True),
        sa.Column("vin_check_digit", sa.Boolean(), nullable=False),
        sa.Column("engine_number", sa.String(length=64), nullable=True),
        sa.Column("chassis_number", sa.String(length=64), nullable=True),
        sa.Column("key_number", sa.String(length=64), nullable=True),
        sa.Column("brand", sa.String(length=200), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("model_class", sa.String(length=200), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.Column("use", sa.String(length=64), nullable=True),
        sa.Column("manufactured_on", sa.Date(), nullable=True),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("first_maintenance_on", sa.Date(), nullable=True),
        sa.Column("first_visit_on", sa.Date(), nullable=True),
        sa.Column("first_visit_km", sa.Integer(), nullable=True),
        sa.Column("insurer", sa.String(length=200), nullable=True),
        sa.Column("insurer_contact", sa.String(length=200), nullable=True),
        sa.Column("insurance_renewal_on", sa.Date(), nullable=True),
        sa.Column("next_maintenance_on", sa.Date(), nullable=True),
        sa.Column("last_business_on", sa.Date(), nullable=True),
        sa.Column("annual_inspection_on", sa.Date(), nullable=True),
        sa.Column("road_fee_on", sa.Date(), nullable=True),
        sa.Column("warranty_expires_on", sa.Date(), nullable=True),
        sa.Column("warranty_km", sa.Integer(), nullable=True),
        sa.Column("is_new_car_sale", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicles")),
        sa.UniqueConstraint("vin", name=op.f("uq_vehicles_vin")),
    )
    op.create_index(
        op.f("ix_vehicles_customer_number"), "vehicles", ["customer_number"], unique=False
    )
    op.create_index(
        op.f("ix_vehicles_insurance_renewal_on"), "vehicles", ["insurance_renewal_on"], unique=False
    )
    op.create_index(op.f("ix_vehicles_insurer"), "vehicles", ["insurer"], unique=False)
    op.create_index(op.f("ix_vehicles_plate"), "vehicles", ["plate"], unique=False)
    op.create_index(op.f("ix_vehicles_purchased_on"), "vehicles", ["purchased_on"], unique=False)
    op.create_table(
        "work_order_lines",
        sa.Column("work_order_number", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("payer", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("work_order_number", "position", name=op.f("pk_work_order_lines")),
    )
    op.create_index(op.f("ix_work_order_lines_payer"), "work_order_lines", ["payer"], unique=False)
    op.create_table(
        "work_order_service_types",
        sa.Column("work_order_number", sa.String(length=64), nullable=False),
        sa.Column("service_type", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "work_order_number", "service_type", name=op.f("pk_work_order_service_types")
        ),
    )
    op.create_index(
        op.f("ix_work_order_service_types_service_type"),
        "work_order_service_types",
        ["service_type"],
        unique=False,
    )
    op.create_table(
        "work_orders",
        _id("work_orders"),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("customer_number", sa.String(length=64), nullable=False),
        sa.Column("vin", sa.String(length=64), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mileage_km", sa.Integer(), nullable=True),
        sa.Column("service_advisor", sa.String(length=200), nullable=True),
        sa.Column("technician", sa.String(length=200), nullable=True),
        sa.Column("appointment_number", sa.String(length=64), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_work_orders_number")),
    )
    op.create_index(op.f("ix_work_orders_closed_at"), "work_orders", ["closed_at"], unique=False)
    op.create_index(
        op.f("ix_work_orders_customer_number"), "work_orders", ["customer_number"], unique=False
    )
    op.create_index(op.f("ix_work_orders_opened_at"), "work_orders", ["opened_at"], unique=False)
    op.create_index(op.f("ix_work_orders_vin"), "work_orders", ["vin"], unique=False)

    # The customer-number counter starts at 0; it only ever goes up: a customer number
    # once handed out is never handed out again, even after a deletion.
    sequences = sa.table(
        "sequences",
        sa.column("name", sa.String),
        sa.column("value", sa.Integer),
        schema=op.get_context().version_table_schema,
    )
    op.bulk_insert(sequences, [{"name": "customer_number", "value": 0}])


def downgrade() -> None:
    """Drop the tables."""
    op.drop_index(op.f("ix_work_orders_vin"), table_name="work_orders")
    op.drop_index(op.f("ix_work_orders_opened_at"), table_name="work_orders")
    op.drop_index(op.f("ix_work_orders_customer_number"), table_name="work_orders")
    op.drop_index(op.f("ix_work_orders_closed_at"), table_name="work_orders")
    op.drop_table("work_orders")
    op.drop_index(
        op.f("ix_work_order_service_types_service_type"), table_name="work_order_service_types"
    )
    op.drop_table("work_order_service_types")
    op.drop_index(op.f("ix_work_order_lines_payer"), table_name="work_order_lines")
    op.drop_table("work_order_lines")
    op.drop_index(op.f("ix_vehicles_purchased_on"), table_name="vehicles")
    op.drop_index(op.f("ix_vehicles_plate"), table_name="vehicles")
    op.drop_index(op.f("ix_vehicles_insurer"), table_name="vehicles")
    op.drop_index(op.f("ix_vehicles_insurance_renewal_on"), table_name="vehicles")
    op.drop_index(op.f("ix_vehicles_customer_number"), table_name="vehicles")
    op.drop_table("vehicles")
    op.drop_index(op.f("ix_vehicle_tags_tag"), table_name="vehicle_tags")
    op.drop_table("vehicle_tags")
    op.drop_table("sequences")
    op.drop_index(op.f("ix_odometer_readings_vin"), table_name="odometer_readings")
    op.drop_index(op.f("ix_odometer_readings_on"), table_name="odometer_readings")
    op.drop_table("odometer_readings")
    op.drop_index(op.f("ix_followups_work_order_number"), table_name="followups")
    op.drop_index(op.f("ix_followups_vin"), table_name="followups")
    op.drop_index(op.f("ix_followups_next_attempt_on"), table_name="followups")
    op.drop_index(op.f("ix_followups_due"), table_name="followups")
    op.drop_index(op.f("ix_followups_customer_number"), table_name="followups")
    op.drop_table("followups")
    op.drop_index(op.f("ix_fleet_accounts_customer_number"), table_name="fleet_accounts")
    op.drop_table("fleet_accounts")
    op.drop_index(op.f("ix_customers_uscc"), table_name="customers")
    op.drop_index(op.f("ix_customers_resident_id"), table_name="customers")
    op.drop_index(op.f("ix_customers_owner"), table_name="customers")
    op.drop_index(op.f("ix_customers_name"), table_name="customers")
    op.drop_index(op.f("ix_customers_mobile"), table_name="customers")
    op.drop_index(op.f("ix_customers_birth_date"), table_name="customers")
    op.drop_table("customers")
    op.drop_index(op.f("ix_customer_tags_tag"), table_name="customer_tags")
    op.drop_table("customer_tags")
    op.drop_index(op.f("ix_complaints_vin"), table_name="complaints")
    op.drop_index(op.f("ix_complaints_received_at"), table_name="complaints")
    op.drop_index(op.f("ix_complaints_customer_number"), table_name="complaints")
    op.drop_index(op.f("ix_complaints_closed_at"), table_name="complaints")
    op.drop_table("complaints")
    op.drop_index(op.f("ix_complaint_departments_department"), table_name="complaint_departments")
    op.drop_table("complaint_departments")
    op.drop_index(op.f("ix_call_attempts_at"), table_name="call_attempts")
    op.drop_table("call_attempts")
    op.drop_index(op.f("ix_audit_entries_entity_entity_id"), table_name="audit_entries")
    op.drop_index(op.f("ix_audit_entries_at"), table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_index(op.f("ix_appointments_vin"), table_name="appointments")
    op.drop_index(op.f("ix_appointments_slot"), table_name="appointments")
    op.drop_index(op.f("ix_appointments_customer_number"), table_name="appointments")
    op.drop_table("appointments")
    op.drop_table("appointment_service_types")
    if _on_duckdb():
        for table in _WITH_ID:
            op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq"), if_exists=True))
