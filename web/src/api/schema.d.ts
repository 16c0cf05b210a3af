/**
 * Generated from the API's OpenAPI document by `npm run api-types`: do not edit by hand.
 * test/unit/api-types.test.ts fails when this file no longer matches the API.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the local identity provider (AWS deployments use Cognito)
         * @description Failed attempts are limited per email; past the limit the email answers 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description A token and who it is for */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new firm (tenant) and its owner */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            responses: {
                /** @description The new firm, its owner, and a token for them */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignupResult"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are signed in as, and your firm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description You and your firm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the firm's members (owner, manager) */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Invite an agent, manager, owner or client reviewer (owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InviteMember"];
                };
            };
            responses: {
                /** @description The new member */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitedMember"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a member (owner, manager; anyone may read themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, change role, or deactivate a member (owner); `version` must be current */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateMember"];
                };
            };
            responses: {
                /** @description The member as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agents assigned to a client (owner, manager) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The assignments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assignments"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace a client's assigned agents (owner, manager) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PutAssignments"];
                };
            };
            responses: {
                /** @description The assignments as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assignments"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client businesses you can see */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of clients */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a client business (owner, manager) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateClient"];
                };
            };
            responses: {
                /** @description The new client */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a client business */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The client */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client's settings (owner, manager); `version` must be current */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateClient"];
                };
            };
            responses: {
                /** @description The client as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/timer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your running timer, if any */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The timer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timer"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timer/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start your timer on a client (and optionally a work item); one timer per person */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartTimer"];
                };
            };
            responses: {
                /** @description The running timer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timer"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timer/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop your timer into an open time entry (cut at 24 hours) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List time entries (agents: their own; reviewers: their client’s approved time), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description A ULID */
                    clientId?: string;
                    /** @description A ULID */
                    userId?: string;
                    status?: "open" | "submitted" | "approved" | "disputed" | "billed";
                    /** @description Entries starting at or after this instant */
                    from?: string;
                    /** @description Entries starting before this instant */
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntryPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record time manually; overlapping time of one person is refused (409) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTimeEntry"];
                };
            };
            responses: {
                /** @description The new entry */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit open entries for approval */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve submitted entries (manager, owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send submitted entries back to open with a reason (manager, owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/client-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off approved entries (the client's reviewer, when the client requires it) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute approved entries with a reason (the client's reviewer); they stay out of billing */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve disputed entries (manager, owner): reopen them for their agent, or uphold them as billable */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        /**
                         * @description `reopen` sends the entries back to their agent (open); `uphold` keeps them approved and billable
                         * @enum {string}
                         */
                        resolution: "reopen" | "uphold";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The entries as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntries"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/time-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a time entry (with its work item’s title) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an entry (same rules as changing it); billed time answers 409 */
        delete: {
            parameters: {
                query?: {
                    /** @description When given, the delete is refused (409) unless it is current */
                    version?: number;
                };
                header?: never;
                path: {
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an entry: agents their own open ones, managers and owners any not billed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTimeEntry"];
                };
            };
            responses: {
                /** @description The entry as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/timesheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A week of time (Monday to Sunday, UTC) with totals per day and per client */
        get: {
            parameters: {
                query?: {
                    /** @description Any date in the week (weeks start on Monday, UTC); default this week */
                    weekOf?: string;
                    /** @description Managers and owners may read another member’s week */
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The week */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timesheet"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hours tracked, approved and billed in a month of the client's calendar, against its budget */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The month */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Usage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rate card in force (today, or `on` a date); agents only where the card is shown to them */
        get: {
            parameters: {
                query?: {
                    /** @description The card in force on this date (default today, in the client’s zone) */
                    on?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rate card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set the rate card in force from `effectiveFrom` (owner); billed time is never repriced */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RateCardInput"];
                };
            };
            responses: {
                /** @description The rate card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's billing invoices, newest first (reviewers: issued ones) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "issued" | "paid" | "void";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoicePage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Run billing for a period (calendar dates in the client’s zone, inclusive): a draft from approved, billable, unbilled time
         * @description Each entry is billed exactly once. Nothing to bill, a run already in progress, or entries changing mid-run answer 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BillingRun"];
                };
            };
            responses: {
                /** @description The draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A billing invoice with its lines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoice"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The time entries behind an invoice, or behind one of its lines (`line`) */
        get: {
            parameters: {
                query?: {
                    /** @description Only the entries of this line (0-based) */
                    line?: number | null;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BilledEntryPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft (owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoice"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a draft or issued invoice (owner); its entries return to approved */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoice"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment (owner); paid once the total is reached; more than what remains answers 400 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BillingPayment"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingInvoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every entry behind the invoice as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client's invoices, newest first (filters: status, customerId, issue date from/to) */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    status?: "draft" | "pending_approval" | "approved" | "sent" | "paid" | "void";
                    /** @description Only this remembered customer’s invoices */
                    customerId?: string;
                    /** @description Issued on or after this date */
                    from?: string;
                    /** @description Issued on or before this date */
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of invoices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoicePage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a draft invoice (agent, manager, owner)
         * @description Gets the client's next number (`INV-0001`, ...), never reused. Line amounts, tax and totals are computed by the server in integer minor units; any totals sent are ignored. The customer is remembered for the client by name.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInvoice"];
                };
            };
            responses: {
                /** @description The new draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invoice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft invoice (agent, manager, owner); `version` must be current
         * @description Only a draft can be edited (409 otherwise). Totals are computed again from the lines.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateInvoice"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft for the client’s approval (agent, manager, owner): draft → pending_approval
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ActionVersion"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (the client's reviewer): pending_approval → approved
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ActionVersion"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with a reason (the client's reviewer): pending_approval → draft, keeping rejectionReason
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Reject"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark as sent to the customer (agent, manager, owner): approved → sent
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ActionVersion"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/record-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment (agent, manager, owner); partial payments add up, and the invoice is paid once they reach the total
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPayment"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void (agent, manager, owner): any state but paid
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ActionVersion"];
                };
            };
            responses: {
                /** @description The invoice as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's remembered customers, by name (`q`: names starting with it) */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    /** @description Names starting with this, any case */
                    q?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of customers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF, with an appendix of every entry and its work item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    billingInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client's employees */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    /** @description Only active (true) or inactive (false) employees */
                    active?: "true" | "false";
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of employees */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeePage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an employee of the client (agent, manager, owner)
         * @description Hourly (rateMinor per hour) or salaried (rateMinor per pay period), with recurring deductions. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateEmployee"];
                };
            };
            responses: {
                /** @description The new employee */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Employee"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/employees/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an employee */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    employeeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The employee */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Employee"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an employee (agent, manager, owner); `version` must be current
         * @description Applies to payroll runs created afterwards; an existing run keeps the terms it was created with. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    employeeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateEmployee"];
                };
            };
            responses: {
                /** @description The employee as they now are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Employee"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client's payroll runs, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    status?: "draft" | "pending_approval" | "approved" | "paid";
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of payroll runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRunPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a draft payroll run for a pay period (agent, manager, owner)
         * @description One line per active employee, hours 0 until set with PATCH. Gross is round_half_up(hours × rateMinor) for hourly employees and rateMinor for salaried ones; each deduction is round_half_up(gross × percentBps / 10000) or its fixed amount; net is gross less deductions, never below zero. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePayrollRun"];
                };
            };
            responses: {
                /** @description The new draft run */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payroll run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The payroll run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set hours on a draft run's lines (agent, manager, owner); `version` must be current
         * @description Only a draft can be edited (409 otherwise). Every amount is computed again by the server. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePayrollRun"];
                };
            };
            responses: {
                /** @description The run as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for the client's approval (agent, manager, owner): draft → pending_approval
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PayrollMove"];
                };
            };
            responses: {
                /** @description The run as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (the client's reviewer): pending_approval → approved
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PayrollMove"];
                };
            };
            responses: {
                /** @description The run as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with a reason (the client's reviewer): pending_approval → draft
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PayrollReject"];
                };
            };
            responses: {
                /** @description The run as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark as paid (manager, owner): approved → paid
         * @description Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PayrollMove"];
                };
            };
            responses: {
                /** @description The run as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayrollRun"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/payslips.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payslips as CSV: a row per line
         * @description Hours, rate, gross, each deduction, total deductions and net per employee, amounts in major units. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The payslips */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/payroll-runs/{runId}/bank-export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bank transfers as CSV: employee, net amount, pay date (approved or paid runs)
         * @description One row per employee with a net above zero. A run not yet approved answers 409.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transfers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments on a work item (`on=type:id`), oldest first */
        get: {
            parameters: {
                query: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    /** @description The work item, as type:id */
                    on: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of comments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Comment on a work item of the client: an invoice, payroll run, batch, ticket or billing invoice (firm or the client's reviewer)
         * @description A work item the caller cannot see, or one not under this client, answers 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateComment"];
                };
            };
            responses: {
                /** @description The new comment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first (owner: the tenant; a client's reviewer: their own client)
         * @description Every change of every module: who, when, what, before and after. Filters: clientId, entity, from, to (inclusive). Managers and agents get 403. The trail is append-only: no route edits or deletes a record.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                    /** @description Only this client's records (a client reviewer always gets their own) */
                    clientId?: string;
                    entity?: string;
                    /** @description ISO-8601 instant, or a YYYY-MM-DD date (UTC) */
                    from?: string;
                    /** @description ISO-8601 instant, or a YYYY-MM-DD date (UTC) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of audit records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's documents, newest first; `workItem=type:id` lists one work item's */
        get: {
            parameters: {
                query?: {
                    /** @description Only the documents of this work item (`type:id`) */
                    workItem?: string;
                    /** @description Same as `workItem` */
                    on?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Register a document and get a presigned upload URL (5 minutes); PDF, images, CSV, text, spreadsheets, Word; up to 25 MB */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateDocument"];
                };
            };
            responses: {
                /** @description The document and where to PUT its bytes */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedDocument"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document and a presigned download URL (5 minutes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document and where to GET its bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDownload"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's data-entry batches, newest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "in_review" | "pending_approval" | "accepted";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of batches */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a batch with its field schema and source documents (agent, manager, owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBatch"];
                };
            };
            responses: {
                /** @description The new batch */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch with its record count, checked count and accuracy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an open batch, change its documents, or its fields while it has no records */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateBatch"];
                };
            };
            responses: {
                /** @description The batch as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch's records in keying order; `qa` filters by QA state */
        get: {
            parameters: {
                query?: {
                    qa?: "unchecked" | "verified" | "corrected";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchRecordPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Key a record into an open batch; 400 names every value that does not fit the fields */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBatchRecord"];
                };
            };
            responses: {
                /** @description The new record */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchRecord"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** QA a record (`qa`: verified, or corrected with values; never your own), or fix an unchecked one */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    batchId: string;
                    recordId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateBatchRecord"];
                };
            };
            responses: {
                /** @description The record as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchRecord"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass a batch on: open → in_review (agent, manager, owner); in_review → pending_approval (manager, owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The batch as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a batch (the client's reviewer): pending_approval → accepted */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The batch as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a batch back to open with a reason (manager, owner; the client's reviewer when it awaits approval) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectBatch"];
                };
            };
            responses: {
                /** @description The batch as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Batch"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/batches/{batchId}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch as CSV: a row per record with its final (corrected) values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, one header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QA accuracy per agent and month (verified ÷ checked); agents see their own */
        get: {
            parameters: {
                query?: {
                    /** @description First month (client's time zone); default five months before `to` */
                    from?: string;
                    /** @description Last month; default this month */
                    to?: string;
                    /** @description A ULID */
                    userId?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accuracy over time */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Quality"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's support queues */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of queues */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueuePage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a queue (customer support, IT support or compliance) with SLA targets per priority (manager, owner) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateQueue"];
                };
            };
            responses: {
                /** @description The new queue */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queue and its SLA policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    queueId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The queue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's tickets, newest first; filters status, priority, assigneeId, queueId, breached */
        get: {
            parameters: {
                query?: {
                    status?: "new" | "open" | "pending" | "solved" | "closed";
                    priority?: "urgent" | "high" | "normal" | "low";
                    /** @description A ULID */
                    assigneeId?: string;
                    /** @description Same as `assigneeId` */
                    assignee?: string;
                    /** @description A ULID */
                    queueId?: string;
                    /** @description Tickets with (or without) a breached SLA target */
                    breached?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tickets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketPage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a ticket in a queue; its SLA due times follow the queue’s targets for its priority */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTicket"];
                };
            };
            responses: {
                /** @description The new ticket (status new) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{clientId}/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its SLA due times and breach flags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change status, priority or assignee (agent, manager, owner); `version` must be current */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTicket"];
                };
            };
            responses: {
                /** @description The ticket as it now is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{clientId}/tickets/{ticketId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's thread, oldest first; the client's reviewer sees public replies only */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description nextCursor from the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketMessagePage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Reply (public) or add an internal note (firm only); the first public firm reply sets firstRespondedAt */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first response for 24 hours when sent again with the same body */
                    "idempotency-key"?: string;
                };
                path: {
                    clientId: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTicketMessage"];
                };
            };
            responses: {
                /** @description The new message */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketMessage"];
                    };
                };
                /** @description Invalid input; `details` names each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid or expired token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your role may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Absent, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale version, invalid state transition, or a duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Idempotency-Key reused with a different body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Temporarily unavailable; see Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Session: {
            /** @description ES256 JWT, valid for one hour */
            token: string;
            user: components["schemas"]["User"];
        };
        User: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "manager" | "agent" | "client";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            tenantId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
        };
        Error: {
            error: {
                code: string;
                message: string;
                details?: {
                    field: string;
                    message: string;
                }[];
            };
        };
        Login: {
            /** Format: email */
            email: string;
            password: string;
        };
        SignupResult: {
            /** @description ES256 JWT, valid for one hour */
            token: string;
            user: components["schemas"]["User"];
            tenant: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                name: string;
            };
        };
        Signup: {
            firmName: string;
            name: string;
            /** Format: email */
            email: string;
            password: string;
        };
        Me: {
            user: components["schemas"]["User"];
            tenant: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                name: string;
            };
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            nextCursor: string | null;
        };
        Member: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "manager" | "agent" | "client";
            /**
             * @description For a client reviewer: the client they belong to
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            active: boolean;
            /** @description For an agent: the clients assigned to them */
            assignedClientIds: string[];
        };
        InvitedMember: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "manager" | "agent" | "client";
            /**
             * @description For a client reviewer: the client they belong to
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            active: boolean;
            /** @description For an agent: the clients assigned to them */
            assignedClientIds: string[];
            /** @description Shown once, when no password was given */
            temporaryPassword?: string;
        };
        InviteMember: {
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "manager" | "agent" | "client";
            /**
             * @description Required for the client role, refused for any other
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            /** @description Initial password (local identity provider). Without it a temporary one is made and returned once. */
            password?: string;
        };
        UpdateMember: {
            version: number;
            name?: string;
            /** @enum {string} */
            role?: "owner" | "manager" | "agent" | "client";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            /** @description false deactivates the member: their tokens stop working at once */
            active?: boolean;
        };
        Assignments: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            agentIds: string[];
            updatedAt: string | null;
            version: number;
        };
        PutAssignments: {
            agentIds: string[];
        };
        ClientPage: {
            items: components["schemas"]["Client"][];
            nextCursor: string | null;
        };
        Client: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            name: string;
            currency: string;
            timeZone: string;
            billingContact: {
                name: string;
                email: string;
            };
            active: boolean;
            /** @description When on, approved time also needs the client's reviewer to sign it off before it can be billed */
            clientApprovalRequired: boolean;
            /** @description Hours per calendar month in the client’s time zone; null for none */
            monthlyBudgetHours: number | null;
        };
        CreateClient: {
            name: string;
            /** @example USD */
            currency: string;
            /** @example America/New_York */
            timeZone: string;
            billingContact: {
                name: string;
                /** Format: email */
                email: string;
            };
            /** @default true */
            active: boolean;
            /** @default false */
            clientApprovalRequired: boolean;
            /** @default null */
            monthlyBudgetHours: number | null;
        };
        UpdateClient: {
            version: number;
            name?: string;
            /** @example USD */
            currency?: string;
            /** @example America/New_York */
            timeZone?: string;
            billingContact?: {
                name: string;
                /** Format: email */
                email: string;
            };
            active?: boolean;
            clientApprovalRequired?: boolean;
            monthlyBudgetHours?: number | null;
        };
        Timer: {
            running: boolean;
            timer: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                clientId: string;
                /**
                 * @description ISO-8601 UTC
                 * @example 2026-11-23T09:30:00.000Z
                 */
                startedAt: string;
                elapsedSeconds: number;
                category: string;
                note: string;
                workItem?: {
                    /** @enum {string} */
                    type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
                    /**
                     * @description A ULID
                     * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                     */
                    id: string;
                };
            } | null;
        };
        StartTimer: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            workItem?: components["schemas"]["WorkItemRef"];
            /**
             * @default general
             * @example bookkeeping
             */
            category: string;
            /** @default  */
            note: string;
            /** @default true */
            billable: boolean;
        };
        WorkItemRef: {
            /** @enum {string} */
            type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
        };
        TimeEntry: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            userId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            startedAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            endedAt: string;
            durationSeconds: number;
            billable: boolean;
            category: string;
            note: string;
            workItem?: {
                /** @enum {string} */
                type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                title?: string;
            };
            /** @enum {string} */
            status: "open" | "submitted" | "approved" | "disputed" | "billed";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            billingInvoiceId?: string;
            rejectionReason?: string;
            disputeReason?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            clientApprovedAt?: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientApprovedBy?: string;
        };
        TimeEntryPage: {
            items: components["schemas"]["TimeEntry"][];
            nextCursor: string | null;
        };
        CreateTimeEntry: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /**
             * @description Managers and owners may record time for another member
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            userId?: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant
             * @example 2026-11-23T09:30:00Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant
             * @example 2026-11-23T09:30:00Z
             */
            endedAt: string;
            /** @default true */
            billable: boolean;
            /**
             * @default general
             * @example bookkeeping
             */
            category: string;
            /** @default  */
            note: string;
            workItem?: components["schemas"]["WorkItemRef"];
        };
        TimeEntries: {
            items: components["schemas"]["TimeEntry"][];
        };
        UpdateTimeEntry: {
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant
             * @example 2026-11-23T09:30:00Z
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant
             * @example 2026-11-23T09:30:00Z
             */
            endedAt?: string;
            billable?: boolean;
            /** @example bookkeeping */
            category?: string;
            note?: string;
            workItem?: components["schemas"]["WorkItemRef"] | null;
        };
        Timesheet: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            userId: string;
            weekStart: string;
            days: {
                date: string;
                seconds: number;
            }[];
            clients: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                clientId: string;
                seconds: number;
            }[];
            totalSeconds: number;
            billableSeconds: number;
            entries: components["schemas"]["TimeEntry"][];
        };
        Usage: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            month: string;
            timeZone: string;
            budgetHours: number | null;
            trackedSeconds: number;
            approvedSeconds: number;
            billedSeconds: number;
            trackedHours: number;
            /** @description Tracked hours as a percentage of the budget */
            percentOfBudget: number | null;
            byAgent: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                userId: string;
                trackedSeconds: number;
                approvedSeconds: number;
                billedSeconds: number;
            }[];
            byCategory: {
                category: string;
                trackedSeconds: number;
                approvedSeconds: number;
                billedSeconds: number;
            }[];
            /** @description Days with tracked time, as dates in the client's time zone */
            byDay: {
                /** @example 2026-11-02 */
                date: string;
                trackedSeconds: number;
                approvedSeconds: number;
                billedSeconds: number;
            }[];
        };
        RateCard: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            effectiveFrom: string;
            currency: string;
            defaultRateMinor: number;
            rounding: {
                incrementMinutes: number;
                /** @enum {string} */
                mode: "up" | "nearest" | "down";
            };
            agentRates: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                userId: string;
                rateMinor: number;
            }[];
            categoryRates: {
                category: string;
                rateMinor: number;
            }[];
            visibleToAgents: boolean;
        };
        RateCardInput: {
            /**
             * Format: date
             * @description A date in the client's time zone; default today
             * @example 2026-11-01
             */
            effectiveFrom?: string;
            /** @example USD */
            currency: string;
            /** @description Per hour, in minor units */
            defaultRateMinor: number;
            /**
             * @default {
             *       "incrementMinutes": 0,
             *       "mode": "nearest"
             *     }
             */
            rounding: {
                /** @enum {integer} */
                incrementMinutes: 0 | 1 | 5 | 6 | 10 | 15 | 30 | 60;
                /** @enum {string} */
                mode: "up" | "nearest" | "down";
            };
            /** @default [] */
            agentRates: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                userId: string;
                /** @description Per hour, in minor units */
                rateMinor: number;
            }[];
            /** @default [] */
            categoryRates: {
                category: string;
                /** @description Per hour, in minor units */
                rateMinor: number;
            }[];
            /**
             * @description Whether agents may read the rates (hidden by default)
             * @default false
             */
            visibleToAgents: boolean;
        };
        BillingInvoicePage: {
            items: components["schemas"]["BillingInvoice"][];
            nextCursor: string | null;
        };
        BillingInvoice: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            number: string;
            periodStart: string;
            periodEnd: string;
            /** @enum {string} */
            status: "draft" | "issued" | "paid" | "void";
            currency: string;
            lines: {
                description: string;
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                userId: string;
                rateMinor: number;
                durationSeconds: number;
                amountMinor: number;
                entryIds: string[];
            }[];
            subtotalMinor: number;
            taxMinor: number;
            totalMinor: number;
            amountPaidMinor: number;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            issuedAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            paidAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            voidedAt?: string;
        };
        BillingRun: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            periodStart: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            periodEnd: string;
        };
        BilledEntryPage: {
            items: components["schemas"]["TimeEntry"][];
            nextCursor: string | null;
        };
        BillingPayment: {
            amountMinor: number;
        };
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            nextCursor: string | null;
        };
        Invoice: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /**
             * @description The client's next in sequence, never reused
             * @example INV-0001
             */
            number: string;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "sent" | "paid" | "void";
            customer: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                name: string;
                email?: string;
            };
            issueDate: string;
            dueDate: string;
            currency: string;
            lines: components["schemas"]["InvoiceLine"][];
            notes?: string;
            subtotalMinor: number;
            taxMinor: number;
            totalMinor: number;
            amountPaidMinor: number;
            /** @description The client reviewer's reason, kept from the last rejection */
            rejectionReason?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            submittedAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            approvedAt?: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            approvedBy?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            sentAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            paidAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            voidedAt?: string;
        };
        InvoiceLine: {
            description: string;
            quantity: number;
            unitPriceMinor: number;
            taxRateBps: number;
            /** @description round_half_up(quantity × unitPriceMinor) */
            amountMinor: number;
            /** @description round_half_up(amountMinor × taxRateBps / 10000) */
            taxMinor: number;
        };
        CreateInvoice: {
            customer: components["schemas"]["InvoiceCustomerInput"];
            /** @example 2026-11-23 */
            issueDate: string;
            /** @example 2026-11-23 */
            dueDate: string;
            /**
             * @description Defaults to the client's currency
             * @example USD
             */
            currency?: string;
            lines: components["schemas"]["InvoiceLineInput"][];
            notes?: string;
            /** @description Ignored: computed by the server */
            subtotalMinor?: unknown;
            /** @description Ignored: computed by the server */
            taxMinor?: unknown;
            /** @description Ignored: computed by the server */
            totalMinor?: unknown;
        };
        InvoiceCustomerInput: {
            name: string;
            /** Format: email */
            email?: string;
        };
        InvoiceLineInput: {
            description: string;
            /**
             * @description Above 0, up to 3 decimals
             * @example 1.5
             */
            quantity: number;
            /**
             * @description Minor units (cents)
             * @example 12500
             */
            unitPriceMinor: number;
            /**
             * @description Basis points: 2000 is 20 %
             * @example 2000
             */
            taxRateBps: number;
            /** @description Ignored: computed by the server */
            amountMinor?: unknown;
            /** @description Ignored: computed by the server */
            taxMinor?: unknown;
        };
        UpdateInvoice: {
            version: number;
            customer?: components["schemas"]["InvoiceCustomerInput"];
            /** @example 2026-11-23 */
            issueDate?: string;
            /** @example 2026-11-23 */
            dueDate?: string;
            /** @example USD */
            currency?: string;
            lines?: components["schemas"]["InvoiceLineInput"][];
            notes?: string;
            /** @description Ignored: computed by the server */
            subtotalMinor?: unknown;
            /** @description Ignored: computed by the server */
            taxMinor?: unknown;
            /** @description Ignored: computed by the server */
            totalMinor?: unknown;
        };
        ActionVersion: {
            /** @description When given, the move is refused (409) unless it is current */
            version?: number;
        };
        Reject: {
            reason: string;
            version?: number;
        };
        RecordPayment: {
            /** @description Minor units; at most the balance due */
            amountMinor: number;
            version?: number;
        };
        CustomerPage: {
            items: components["schemas"]["Customer"][];
            nextCursor: string | null;
        };
        Customer: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            name: string;
            email?: string;
        };
        EmployeePage: {
            items: components["schemas"]["Employee"][];
            nextCursor: string | null;
        };
        Employee: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            name: string;
            email?: string;
            /** @enum {string} */
            payType: "hourly" | "salaried";
            rateMinor: number;
            deductions: components["schemas"]["Deduction"][];
            active: boolean;
        };
        /** @description A recurring deduction: a percentage of gross or a fixed amount. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding. */
        Deduction: {
            name: string;
            /** @description Of gross, in basis points: 500 is 5 % */
            percentBps: number;
        } | {
            name: string;
            /** @description A fixed amount per pay period, minor units */
            amountMinor: number;
        };
        CreateEmployee: {
            name: string;
            /** Format: email */
            email?: string;
            /** @enum {string} */
            payType: "hourly" | "salaried";
            /** @description Minor units: per hour when hourly, per pay period when salaried */
            rateMinor: number;
            /** @default [] */
            deductions: components["schemas"]["Deduction"][];
            /** @default true */
            active: boolean;
        };
        UpdateEmployee: {
            version: number;
            name?: string;
            /**
             * Format: email
             * @description null removes it
             */
            email?: string | null;
            /** @enum {string} */
            payType?: "hourly" | "salaried";
            /** @description Minor units: per hour when hourly, per pay period when salaried */
            rateMinor?: number;
            deductions?: components["schemas"]["Deduction"][];
            active?: boolean;
        };
        PayrollRunPage: {
            items: components["schemas"]["PayrollRun"][];
            nextCursor: string | null;
        };
        /** @description A pay period's run, one line per employee active when it was created. Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine and computes no income tax, social security or other statutory withholding. */
        PayrollRun: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "paid";
            periodStart: string;
            periodEnd: string;
            payDate: string;
            currency: string;
            lines: components["schemas"]["PayrollLine"][];
            grossMinor: number;
            deductionsMinor: number;
            netMinor: number;
            rejectionReason?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            submittedAt?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            approvedAt?: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            approvedBy?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            paidAt?: string;
        };
        PayrollLine: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            employeeId: string;
            name: string;
            email?: string;
            /** @enum {string} */
            payType: "hourly" | "salaried";
            rateMinor: number;
            hours: number;
            /** @description round_half_up(hours × rateMinor) when hourly; rateMinor when salaried */
            grossMinor: number;
            deductions: {
                name: string;
                percentBps?: number;
                /** @description round_half_up(grossMinor × percentBps / 10000), or the fixed amount */
                amountMinor: number;
            }[];
            deductionsMinor: number;
            /** @description grossMinor − deductionsMinor, never below zero */
            netMinor: number;
        };
        CreatePayrollRun: {
            /** @example 2026-11-23 */
            periodStart: string;
            /** @example 2026-11-23 */
            periodEnd: string;
            /** @example 2026-11-23 */
            payDate: string;
        };
        UpdatePayrollRun: {
            version: number;
            lines: {
                employeeId: string;
                /**
                 * @description Up to 2 decimals
                 * @example 37.5
                 */
                hours: number;
            }[];
        };
        PayrollMove: {
            /** @description When given, the move is refused (409) unless it is current */
            version?: number;
        };
        PayrollReject: {
            reason: string;
            version?: number;
        };
        CommentPage: {
            items: components["schemas"]["Comment"][];
            nextCursor: string | null;
        };
        Comment: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /** @example invoice:01JBZ8Y7Q2W3E4R5T6Y7V8X9Z0 */
            on: string;
            workItem: {
                /** @enum {string} */
                type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
            };
            body: string;
            author: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                email: string;
                name: string;
                /** @enum {string} */
                role: "owner" | "manager" | "agent" | "client";
            };
        };
        CreateComment: {
            /** @example invoice:01JBZ8Y7Q2W3E4R5T6Y7V8X9Z0 */
            on: string;
            body: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditRecord"][];
            nextCursor: string | null;
        };
        AuditRecord: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            at: string;
            actor: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                email: string;
            };
            /** @example invoice.approve */
            action: string;
            /** @example invoice */
            entity: string;
            entityId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId?: string;
            /** @description The resource before the change */
            before?: unknown;
            /** @description The resource after the change */
            after?: unknown;
        };
        DocumentPage: {
            items: components["schemas"]["Document"][];
            nextCursor: string | null;
        };
        Document: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            workItem?: {
                /** @enum {string} */
                type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
            };
            /** @description Who created the document */
            uploadedBy: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
                email: string;
            };
        };
        CreatedDocument: {
            document: components["schemas"]["Document"];
            /** @description PUT the bytes here within 5 minutes, with exactly the declared Content-Type and Content-Length */
            uploadUrl: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            uploadExpiresAt: string;
        };
        CreateDocument: {
            fileName: string;
            /**
             * @example application/pdf
             * @enum {string}
             */
            contentType: "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "image/tiff" | "image/heic" | "text/csv" | "text/plain" | "application/vnd.ms-excel" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.oasis.opendocument.spreadsheet" | "application/msword" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            /** @description Exact size of the file; at most 26214400 bytes (25 MB), more answers 413 */
            sizeBytes: number;
            workItem?: {
                /** @enum {string} */
                type: "invoice" | "payroll_run" | "batch" | "ticket" | "billing_invoice";
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id: string;
            };
        };
        DocumentDownload: {
            document: components["schemas"]["Document"];
            /** @description GET the bytes here within 5 minutes */
            downloadUrl: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            downloadExpiresAt: string;
        };
        BatchPage: {
            items: components["schemas"]["Batch"][];
            nextCursor: string | null;
        };
        Batch: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            name: string;
            fields: {
                name: string;
                /** @enum {string} */
                type: "string" | "number" | "date" | "money" | "email";
                required: boolean;
                pattern?: string;
            }[];
            documentIds: string[];
            /** @enum {string} */
            status: "open" | "in_review" | "pending_approval" | "accepted";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            createdBy: string;
            rejectionReason?: string;
            recordCount: number;
            checkedCount: number;
            verifiedCount: number;
            correctedCount: number;
            /** @description verified ÷ checked (0–1), null until a record is checked */
            accuracy: number | null;
        };
        CreateBatch: {
            name: string;
            fields: components["schemas"]["BatchField"][];
            /** @default [] */
            documentIds: string[];
        };
        BatchField: {
            /** @example invoiceNumber */
            name: string;
            /** @enum {string} */
            type: "string" | "number" | "date" | "money" | "email";
            /** @default false */
            required: boolean;
            /** @description A regular expression (Unicode) the value must match; for numbers and money, their decimal text */
            pattern?: string;
        };
        UpdateBatch: {
            version: number;
            name?: string;
            /** @description Only while the batch has no records */
            fields?: components["schemas"]["BatchField"][];
            documentIds?: string[];
        };
        BatchRecordPage: {
            items: components["schemas"]["BatchRecord"][];
            nextCursor: string | null;
        };
        BatchRecord: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            batchId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /** @description The final values: the correction where there is one */
            values: {
                [key: string]: string | number | null;
            };
            /** @description What was keyed, kept when QA corrected it */
            originalValues?: {
                [key: string]: string | number | null;
            };
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            documentId?: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            enteredBy: string;
            /** @enum {string} */
            qa: "unchecked" | "verified" | "corrected";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            checkedBy?: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            checkedAt?: string;
        };
        CreateBatchRecord: {
            values: {
                [key: string]: string | number | null;
            };
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            documentId?: string;
        };
        UpdateBatchRecord: {
            version: number;
            /**
             * @description QA by someone other than who keyed it: `verified`, or `corrected` with `values`
             * @enum {string}
             */
            qa?: "verified" | "corrected";
            /** @description Changed values (merged over the current ones) */
            values?: {
                [key: string]: string | number | null;
            };
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            documentId?: string | null;
        };
        RejectBatch: {
            reason: string;
        };
        Quality: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            timeZone: string;
            from: string;
            to: string;
            checkedCount: number;
            verifiedCount: number;
            correctedCount: number;
            accuracy: number | null;
            agents: {
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                userId: string;
                checkedCount: number;
                verifiedCount: number;
                correctedCount: number;
                accuracy: number | null;
                months: {
                    month: string;
                    checkedCount: number;
                    verifiedCount: number;
                    correctedCount: number;
                    accuracy: number | null;
                }[];
            }[];
        };
        QueuePage: {
            items: components["schemas"]["Queue"][];
            nextCursor: string | null;
        };
        Queue: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            name: string;
            /** @enum {string} */
            kind: "customer_support" | "it_support" | "compliance";
            sla: {
                firstResponseMinutes: {
                    urgent: number;
                    high: number;
                    normal: number;
                    low: number;
                };
                resolutionMinutes: {
                    urgent: number;
                    high: number;
                    normal: number;
                    low: number;
                };
            };
            /** @description null: SLA minutes are calendar minutes; otherwise business minutes in the client's time zone */
            businessHours: {
                days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                start: string;
                end: string;
            } | null;
        };
        CreateQueue: {
            name: string;
            /**
             * @description Customer support, IT support or compliance requests
             * @default customer_support
             * @enum {string}
             */
            kind: "customer_support" | "it_support" | "compliance";
            sla: {
                firstResponseMinutes: {
                    urgent: number;
                    high: number;
                    normal: number;
                    low: number;
                };
                resolutionMinutes: {
                    urgent: number;
                    high: number;
                    normal: number;
                    low: number;
                };
            };
            businessHours?: components["schemas"]["BusinessHours"];
        };
        /**
         * @description Opening hours in the client's time zone; SLA minutes count only inside them
         * @default null
         */
        BusinessHours: {
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @example 09:00 */
            start: string;
            /** @example 09:00 */
            end: string;
        } | null;
        TicketPage: {
            items: components["schemas"]["Ticket"][];
            nextCursor: string | null;
        };
        Ticket: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            queueId: string;
            /** @enum {string} */
            kind: "customer_support" | "it_support" | "compliance";
            subject: string;
            requester: {
                name: string;
                email: string;
            };
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            /** @enum {string} */
            status: "new" | "open" | "pending" | "solved" | "closed";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            assigneeId: string | null;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            createdBy: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            firstRespondedAt: string | null;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            solvedAt: string | null;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            closedAt: string | null;
            sla: components["schemas"]["TicketSla"];
        };
        TicketSla: {
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            firstResponseDueAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            resolutionDueAt: string;
            firstResponseBreached: boolean;
            resolutionBreached: boolean;
        };
        CreateTicket: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            queueId: string;
            subject: string;
            requester: {
                name: string;
                /** Format: email */
                email: string;
            };
            /**
             * @default normal
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal" | "low";
            body: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            assigneeId?: string;
        };
        UpdateTicket: {
            version: number;
            /** @enum {string} */
            status?: "new" | "open" | "pending" | "solved" | "closed";
            /** @enum {string} */
            priority?: "urgent" | "high" | "normal" | "low";
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            assigneeId?: string | null;
        };
        TicketMessagePage: {
            items: components["schemas"]["TicketMessage"][];
            nextCursor: string | null;
        };
        TicketMessage: {
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            id: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO-8601 UTC
             * @example 2026-11-23T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            ticketId: string;
            /**
             * @description A ULID
             * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
             */
            clientId: string;
            body: string;
            /** @enum {string} */
            visibility: "public" | "internal";
            author: {
                /** @enum {string} */
                kind: "requester" | "firm" | "client";
                /**
                 * @description A ULID
                 * @example 01JBZ8Y7Q2W3E4R5T6Y7U8I9O0
                 */
                id?: string;
                name?: string;
                email: string;
            };
        };
        CreateTicketMessage: {
            body: string;
            /**
             * @description `internal` notes are never shown to the client's reviewer
             * @default public
             * @enum {string}
             */
            visibility: "public" | "internal";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
