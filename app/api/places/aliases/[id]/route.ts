import { undoPlaceAlias } from '@/lib/curation/aliases';
import { undoRoute } from '@/lib/curation/route-input';

/** POST (form `action` = undo): an editor removes a place alias; its rows are placed as the parser places them. */
export const POST = undoRoute(undoPlaceAlias);
