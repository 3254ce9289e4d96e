"""The domain modules' short import of [`LabelledEnum`][autocrm.domain.labels.LabelledEnum]."""

from autocrm.domain.labels import LabelledEnum

__all__ = ["LabelledEnum"]
