"""Background loading of reference layers (web services can be slow)."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsApplication, QgsTask

from .catalogue import ReferenceLayer
from .i18n import tr
from .loader import CreatedLayer, LoadFailure, LoadResult, ReferenceLayerLoader


class LoadLayersTask(QgsTask):
    """Create layers in a worker thread; add them to the project when finished (main thread)."""

    def __init__(
        self,
        loader: ReferenceLayerLoader,
        refs: list[ReferenceLayer],
        mode: str,
        on_done: Callable[[LoadResult], None],
    ) -> None:
        super().__init__(tr("Loading UrbIS reference layers"), QgsTask.Flag.CanCancel)
        self.loader = loader
        self.mode = mode
        self.on_done = on_done
        self.refs, self.already = loader.not_yet_loaded(refs)
        self.created: list[CreatedLayer] = []
        self.failures: list[LoadFailure] = []

    def run(self) -> bool:
        """Worker thread: open each layer, then hand it over to the main thread."""
        self.created, self.failures = self.loader.create_all(
            self.refs, self.mode, progress=self.setProgress, cancelled=self.isCanceled
        )
        main_thread = QgsApplication.instance().thread()
        for item in self.created:
            item.layer.moveToThread(main_thread)
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        """Main thread: add what was opened (nothing when cancelled) and report."""
        outcome = self.loader.add(self.created) if result else LoadResult()
        outcome.failures = self.failures
        outcome.already_loaded = self.already
        self.on_done(outcome)
