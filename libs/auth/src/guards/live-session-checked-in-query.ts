import { SetMetadata } from '@nestjs/common';

export const LIVE_SESSION_CHECKED_IN_QUERY = 'vs:live-session-checked-in-query';

/**
 * Declares a @PortalRoute whose service reads everything in one statement that also checks the
 * portal session is live (`livePortalSession`) and answers 401 when it is not. The guard then
 * verifies the token alone instead of spending a statement of its own on the session. A route
 * without this declaration always has its session checked by the guard.
 */
export const LiveSessionCheckedInQuery = (): MethodDecorator => SetMetadata(LIVE_SESSION_CHECKED_IN_QUERY, true);
