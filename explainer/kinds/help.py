"""The help kind: the help-now card, its body plus the resources listed in meta.help."""

from .base import Kind, PartsKit, Section


class Help(Section, tag="help", kw_only=True):
    """The help-now card: the body plus the resources listed in meta.help."""

    def has_content(self) -> bool:
        return True


def help_parts(section: Help, kit: PartsKit) -> list[str]:
    """The help-now resources, one line each: region, name, how to reach it."""
    return ["\n".join(f"- **{kit.escape(r.region)}:** {kit.escape(r.name)}, {kit.escape(r.contact)}" for r in kit.help)]


KIND = Kind(model=Help, parts=help_parts, view="explainer.ui.widgets.help_card:HelpCardView")
