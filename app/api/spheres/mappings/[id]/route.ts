import { undoRoute } from '@/lib/curation/route-input';
import { undoSectionMapping } from '@/lib/curation/sphere-mappings';

/** POST (form `action` = undo): an editor removes a section mapping; the header's rows move back. */
export const POST = undoRoute(undoSectionMapping);
