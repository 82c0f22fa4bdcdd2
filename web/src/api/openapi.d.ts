// Generated from the API's OpenAPI document by `npm run web:types`: do not edit.
export type paths = {
    "/api/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agreements (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    country?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    receivingCountry?: string;
                    sendingCountry?: string;
                    sort?: string;
                    sourceId?: string;
                    status?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Agreement"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
                        legallyBinding?: boolean | null;
                        name: string;
                        note?: string;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        receivingCountry: string;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        sendingCountry: string;
                        sourceIds: string[];
                        statusHistory?: {
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            note?: string;
                            sourceIds: string[];
                            /** @enum {string} */
                            status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                        }[];
                        terms?: ({
                            amendment?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveFrom?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveTo?: string;
                            note?: string;
                            period?: string;
                            persons: number;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "cap";
                        } | {
                            amendment?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveFrom?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveTo?: string;
                            months?: number;
                            note?: string;
                            renewable?: boolean;
                            sourceIds: string[];
                            text?: string;
                            /** @enum {string} */
                            type: "duration";
                        } | {
                            amendment?: string;
                            amount: number;
                            currency: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveFrom?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveTo?: string;
                            note?: string;
                            /**
                             * @default total
                             * @enum {string}
                             */
                            per?: "total" | "person" | "year" | "person_per_year";
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "payment";
                        } | {
                            accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                            amendment?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveFrom?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveTo?: string;
                            note?: string;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "eligibility";
                        } | {
                            amendment?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveFrom?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            effectiveTo?: string;
                            facilityIds: string[];
                            note?: string;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "facilities";
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
                            legallyBinding?: boolean | null;
                            name: string;
                            note?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            receivingCountry: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            sendingCountry: string;
                            sourceIds: string[];
                            statusHistory?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                            } & {
                                [key: string]: unknown;
                            })[];
                            terms?: (({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                period?: string;
                                persons: number;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "cap";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                months?: number;
                                note?: string;
                                renewable?: boolean;
                                sourceIds: string[];
                                text?: string;
                                /** @enum {string} */
                                type: "duration";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                amount: number;
                                currency: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                /** @enum {string} */
                                per?: "total" | "person" | "year" | "person_per_year";
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "payment";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "eligibility";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                facilityIds: string[];
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "facilities";
                            } & {
                                [key: string]: unknown;
                            }))[];
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its status and terms in force at a date (?at=YYYY[-MM[-DD]], default today) */
        get: {
            parameters: {
                query?: {
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            at: string;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
                            legallyBinding?: boolean | null;
                            name: string;
                            note?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            receivingCountry: string;
                            reportedCounts: {
                                items: components["schemas"]["ReportedCount"][];
                                personsReported: {
                                    breakdowns: number;
                                    countIds: string[];
                                    events: number;
                                    items: ({
                                        breakdownExceedsWhole: boolean;
                                        /** @description breakdowns of the item: never added to it */
                                        breakdowns: ({
                                            counts: ({
                                                /** @description other readings of the count (another row, the notes): the event spans them all */
                                                alternativeCounts?: number[];
                                                /** @description null: reported without a number */
                                                count: number | null;
                                                dateFrom: string;
                                                dateTo?: string;
                                                group?: string;
                                                id: string;
                                                partOf?: string;
                                                /** @enum {string} */
                                                qualifier: "exact" | "about" | "at_least" | "at_most";
                                                sameEventAs?: string;
                                                samePersonsAs?: string;
                                                sourceIds: string[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            /** @description the count that names the event */
                                            event: string;
                                            max: number | null;
                                            min: number | null;
                                            partOf: string[];
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        counts: ({
                                            /** @description other readings of the count (another row, the notes): the event spans them all */
                                            alternativeCounts?: number[];
                                            /** @description null: reported without a number */
                                            count: number | null;
                                            dateFrom: string;
                                            dateTo?: string;
                                            group?: string;
                                            id: string;
                                            partOf?: string;
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                            sameEventAs?: string;
                                            samePersonsAs?: string;
                                            sourceIds: string[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        /** @description the count that names the event */
                                        event: string;
                                        max: number | null;
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        /** @description later moves of the same persons: not added again */
                                        samePersons: ({
                                            counts: ({
                                                /** @description other readings of the count (another row, the notes): the event spans them all */
                                                alternativeCounts?: number[];
                                                /** @description null: reported without a number */
                                                count: number | null;
                                                dateFrom: string;
                                                dateTo?: string;
                                                group?: string;
                                                id: string;
                                                partOf?: string;
                                                /** @enum {string} */
                                                qualifier: "exact" | "about" | "at_least" | "at_most";
                                                sameEventAs?: string;
                                                samePersonsAs?: string;
                                                sourceIds: string[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            /** @description the count that names the event */
                                            event: string;
                                            max: number | null;
                                            min: number | null;
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        unknownSize: boolean;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    max: number | null;
                                    /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                    min: number | null;
                                    /** @enum {string} */
                                    qualifier: "exact" | "about" | "at_least" | "at_most";
                                    sourceIds: string[];
                                    unknownSizeEvents: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                records: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            sendingCountry: string;
                            sourceIds: string[];
                            /** @description the last status surely reached; a later one that may apply is given as uncertain */
                            statusAt: ({
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                note?: string;
                                otherwise: ({
                                    /**
                                     * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                     * @example 2025-03
                                     */
                                    date: string;
                                    note?: string;
                                    sourceIds: string[];
                                    /** @enum {string} */
                                    status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                sourceIds: string[];
                                /** @enum {string} */
                                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            statusHistory?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                            } & {
                                [key: string]: unknown;
                            })[];
                            terms?: (({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                period?: string;
                                persons: number;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "cap";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                months?: number;
                                note?: string;
                                renewable?: boolean;
                                sourceIds: string[];
                                text?: string;
                                /** @enum {string} */
                                type: "duration";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                amount: number;
                                currency: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                /** @enum {string} */
                                per?: "total" | "person" | "year" | "person_per_year";
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "payment";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "eligibility";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                facilityIds: string[];
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "facilities";
                            } & {
                                [key: string]: unknown;
                            }))[];
                            termsInForce: (({
                                amendment?: string;
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                period?: string;
                                persons: number;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "cap";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                months?: number;
                                note?: string;
                                renewable?: boolean;
                                sourceIds: string[];
                                text?: string;
                                /** @enum {string} */
                                type: "duration";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                amount: number;
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                currency: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                /** @enum {string} */
                                per?: "total" | "person" | "year" | "person_per_year";
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "payment";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                                amendment?: string;
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "eligibility";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /** @enum {string} */
                                certainty: "in_force" | "uncertain" | "not_in_force";
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                facilityIds: string[];
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "facilities";
                            } & {
                                [key: string]: unknown;
                            }))[];
                            transfers: {
                                /** @description viewer and up */
                                byStatus?: ({
                                    key: string | null;
                                    value: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description viewer and up: the first 50 by date; empty for the public */
                                first: components["schemas"]["Transfer"][];
                                /** @description viewer and up */
                                statuses?: string[];
                                /**
                                 * @description the public: a small count, suppressed
                                 * @enum {boolean}
                                 */
                                suppressed?: true;
                                /** @description completed transfers; the public gets the published cell (null: suppressed or withheld) */
                                total: number | null;
                                /**
                                 * @description the public: the agreements' table is withheld
                                 * @enum {boolean}
                                 */
                                withheld?: true;
                            } & {
                                [key: string]: unknown;
                            };
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace a agreement (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
                            legallyBinding?: boolean | null;
                            name: string;
                            note?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            receivingCountry: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            sendingCountry: string;
                            sourceIds: string[];
                            statusHistory?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                            } & {
                                [key: string]: unknown;
                            })[];
                            terms?: (({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                period?: string;
                                persons: number;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "cap";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                months?: number;
                                note?: string;
                                renewable?: boolean;
                                sourceIds: string[];
                                text?: string;
                                /** @enum {string} */
                                type: "duration";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                amount: number;
                                currency: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                /** @enum {string} */
                                per?: "total" | "person" | "year" | "person_per_year";
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "payment";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "eligibility";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                facilityIds: string[];
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "facilities";
                            } & {
                                [key: string]: unknown;
                            }))[];
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a agreement (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
                            legallyBinding?: boolean | null;
                            name: string;
                            note?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            receivingCountry: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            sendingCountry: string;
                            sourceIds: string[];
                            statusHistory?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
                            } & {
                                [key: string]: unknown;
                            })[];
                            terms?: (({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                period?: string;
                                persons: number;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "cap";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                months?: number;
                                note?: string;
                                renewable?: boolean;
                                sourceIds: string[];
                                text?: string;
                                /** @enum {string} */
                                type: "duration";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                amount: number;
                                currency: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                /** @enum {string} */
                                per?: "total" | "person" | "year" | "person_per_year";
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "payment";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "eligibility";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                amendment?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveFrom?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                effectiveTo?: string;
                                facilityIds: string[];
                                note?: string;
                                sourceIds: string[];
                                /** @enum {string} */
                                type: "facilities";
                            } & {
                                [key: string]: unknown;
                            }))[];
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a agreement with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/allegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List allegations (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    basis?: string;
                    category?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    personId?: string;
                    sort?: string;
                    sourceId?: string;
                    status?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Allegation"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a allegation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @enum {string} */
                        basis: "conviction" | "charge" | "tattoo" | "police_database" | "gang_database" | "social_media" | "officer_statement" | "government_statement" | "other";
                        /** @enum {string} */
                        category: "gang_membership" | "violent_offence" | "drug_offence" | "property_offence" | "immigration_offence" | "traffic_offence" | "other";
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date?: string;
                        description: string;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        jurisdiction?: string;
                        /** @enum {string} */
                        kind: "allegation" | "conviction";
                        note?: string;
                        organisation?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        status: "alleged" | "charged" | "convicted" | "dismissed" | "acquitted";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis: "conviction" | "charge" | "tattoo" | "police_database" | "gang_database" | "social_media" | "officer_statement" | "government_statement" | "other";
                            /** @enum {string} */
                            category: "gang_membership" | "violent_offence" | "drug_offence" | "property_offence" | "immigration_offence" | "traffic_offence" | "other";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            description: string;
                            id: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            jurisdiction?: string;
                            /** @enum {string} */
                            kind: "allegation" | "conviction";
                            note?: string;
                            organisation?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status: "alleged" | "charged" | "convicted" | "dismissed" | "acquitted";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/allegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one allegation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allegation"];
                    };
                };
            };
        };
        /** Replace a allegation (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis: "conviction" | "charge" | "tattoo" | "police_database" | "gang_database" | "social_media" | "officer_statement" | "government_statement" | "other";
                            /** @enum {string} */
                            category: "gang_membership" | "violent_offence" | "drug_offence" | "property_offence" | "immigration_offence" | "traffic_offence" | "other";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            description: string;
                            id: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            jurisdiction?: string;
                            /** @enum {string} */
                            kind: "allegation" | "conviction";
                            note?: string;
                            organisation?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status: "alleged" | "charged" | "convicted" | "dismissed" | "acquitted";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a allegation (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis: "conviction" | "charge" | "tattoo" | "police_database" | "gang_database" | "social_media" | "officer_statement" | "government_statement" | "other";
                            /** @enum {string} */
                            category: "gang_membership" | "violent_offence" | "drug_offence" | "property_offence" | "immigration_offence" | "traffic_offence" | "other";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            description: string;
                            id: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            jurisdiction?: string;
                            /** @enum {string} */
                            kind: "allegation" | "conviction";
                            note?: string;
                            organisation?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status: "alleged" | "charged" | "convicted" | "dismissed" | "acquitted";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/allegations/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a allegation with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allegation"];
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
        /** Audit entries in order (admin); ?personId= for every read and change of a person */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    afterSeq?: number;
                    entityId?: string;
                    limit?: number;
                    personId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @enum {string} */
                                action: "create" | "update" | "retract" | "restore" | "import" | "read" | "sign_in" | "sign_in_refused" | "sign_out";
                                actorEmail: string | null;
                                actorId: string;
                                actorRole: string;
                                actorVia: string | null;
                                /** @description the entity after, or what was read or imported */
                                after: unknown;
                                at: string;
                                /** @description the entity before the change (null for a creation or a read) */
                                before: unknown;
                                entityId: string;
                                kind: string;
                                seq: number;
                                version: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            limit: number;
                            /** @description send as afterSeq= for the next page; null on the last page */
                            nextAfterSeq: number | null;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facts of a person that contradict each other, person by person; a page examines at most 1,000 persons, so follow nextCursor until it is null */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    cursor?: string;
                    limit?: number;
                    personId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                personId: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                            /** @description how many persons this page examined (at most 1,000) */
                            personsExamined: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/custody-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List custody-events (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    country?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    facilityId?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    limit?: number;
                    personId?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CustodyEvent"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a custody event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        at?: string | {
                            offset: string;
                            utc: string;
                        };
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country?: string;
                        custodian?: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /** @description id (fac_…) */
                        facilityId?: string;
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        reason?: string;
                        sourceIds: string[];
                        stay?: {
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            from: string;
                            releaseReason?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            to?: string;
                        };
                        /** @description id (trf_…) */
                        transferId?: string;
                        /** @enum {string} */
                        type: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        until?: string;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description An instant: UTC with the offset the source wrote */
                            at?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country?: string;
                            createdAt: string;
                            custodian?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            reason?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stay?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                from: string;
                                releaseReason?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                to?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (trf_…) */
                            transferId?: string;
                            /** @enum {string} */
                            type: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            until?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/custody-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one custody event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustodyEvent"];
                    };
                };
            };
        };
        /** Replace a custody event (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description An instant: UTC with the offset the source wrote */
                            at?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country?: string;
                            createdAt: string;
                            custodian?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            reason?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stay?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                from: string;
                                releaseReason?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                to?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (trf_…) */
                            transferId?: string;
                            /** @enum {string} */
                            type: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            until?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a custody event (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description An instant: UTC with the offset the source wrote */
                            at?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country?: string;
                            createdAt: string;
                            custodian?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            reason?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stay?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                from: string;
                                releaseReason?: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                to?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (trf_…) */
                            transferId?: string;
                            /** @enum {string} */
                            type: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            until?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/custody-events/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a custody event with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustodyEvent"];
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
    "/api/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate one case bundle (v1) or an array of them, without storing anything */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List facilities (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    country?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Facility"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a facility */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        aliases?: string[];
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        coordinates?: {
                            lat: number;
                            lon: number;
                        };
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country: string;
                        credibleTortureReports?: boolean;
                        district?: string;
                        /** @enum {string} */
                        kind: "maximum_security_prison" | "prison" | "immigration_detention" | "processing_centre" | "hotel_shelter" | "military_base" | "other";
                        locality?: string;
                        name: string;
                        note?: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        openedOn?: string;
                        operator?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        reportedCapacity?: {
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            asOf?: string;
                            value: number;
                        };
                        securityLevel?: string;
                        sourceIds: string[];
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            coordinates?: {
                                lat: number;
                                lon: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            credibleTortureReports?: boolean;
                            district?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "maximum_security_prison" | "prison" | "immigration_detention" | "processing_centre" | "hotel_shelter" | "military_base" | "other";
                            locality?: string;
                            name: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            openedOn?: string;
                            operator?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            reportedCapacity?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                asOf?: string;
                                value: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            securityLevel?: string;
                            sourceIds: string[];
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one facility */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
            };
        };
        /** Replace a facility (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            coordinates?: {
                                lat: number;
                                lon: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            credibleTortureReports?: boolean;
                            district?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "maximum_security_prison" | "prison" | "immigration_detention" | "processing_centre" | "hotel_shelter" | "military_base" | "other";
                            locality?: string;
                            name: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            openedOn?: string;
                            operator?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            reportedCapacity?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                asOf?: string;
                                value: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            securityLevel?: string;
                            sourceIds: string[];
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a facility (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            coordinates?: {
                                lat: number;
                                lon: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            credibleTortureReports?: boolean;
                            district?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "maximum_security_prison" | "prison" | "immigration_detention" | "processing_centre" | "hotel_shelter" | "military_base" | "other";
                            locality?: string;
                            name: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            openedOn?: string;
                            operator?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            reportedCapacity?: {
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                asOf?: string;
                                value: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            securityLevel?: string;
                            sourceIds: string[];
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/facilities/{id}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Persons held in the facility now (their whereabouts), and arrivals by month (viewers and up) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description persons who arrived, by month (a person once a month) */
                            arrivalsByMonth: {
                                key: string;
                                value: number;
                            }[];
                            facilityId: string;
                            /** @description persons whose whereabouts now is this facility */
                            heldNow: number;
                            persons: {
                                /** @description the step is a completed transfer into the facility */
                                derived: boolean;
                                personId: string;
                                /** @description the date of the step that put them there, as the source gave it */
                                since: string;
                            }[];
                        };
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
    "/api/facilities/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a facility with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
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
    "/api/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings across the registry, filtered, with counts by severity and rule (CSV: the page of findings, with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    agreementId?: string;
                    cursor?: string;
                    /** @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input) */
                    destination?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    personId?: string;
                    ruleId?: string;
                    severity?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                byRule: ({
                                    key: string | null;
                                    value: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                bySeverity: ({
                                    key: string | null;
                                    value: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            items: ({
                                /** @enum {string} */
                                authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                citations: string[];
                                contested: boolean;
                                es: {
                                    explanation: string;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                evaluatedAt: string;
                                explanation: string;
                                /** @description bundle paths and the values that decided */
                                facts: {
                                    [key: string]: unknown;
                                };
                                missingFacts?: string[];
                                outcome: string;
                                packVersion: string;
                                personId: string;
                                /** @enum {string} */
                                potentialSeverity?: "violation" | "warning" | "info";
                                ruleId: string;
                                /** @enum {string} */
                                severity: "violation" | "warning" | "info";
                                title: string;
                                transferId: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/import-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in import profiles: the layouts of data they read, and the columns they need */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                columns: {
                                    aliases: string[];
                                    name: string;
                                    required: boolean;
                                }[];
                                description: string;
                                name: string;
                                produces: string[];
                                title: string;
                            }[];
                        };
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
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports, the newest first (editor or admin) */
        get: {
            parameters: {
                query?: {
                    /** @description the `nextBefore` of the previous page */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                checksum: string;
                                counts: {
                                    conflicts: number;
                                    created: {
                                        [key: string]: number;
                                    };
                                    junk: number;
                                    mapped: number;
                                    problems: number;
                                    rejected: number;
                                    retractedKept: number;
                                    rows: number;
                                    sheetsSkipped: number;
                                    unchanged: {
                                        [key: string]: number;
                                    };
                                    updated: {
                                        [key: string]: number;
                                    };
                                    warnings: number;
                                };
                                dataset: string;
                                error: string | null;
                                fileName: string;
                                finishedAt: string | null;
                                id: string;
                                profile: string;
                                progress: {
                                    estimatedRows: number | null;
                                    rows: number;
                                    rowsPerSecond: number | null;
                                    secondsLeft: number | null;
                                };
                                size: number;
                                sourceId: string | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "checking" | "running" | "completed" | "failed" | "rejected" | "dry_run";
                                updatedAt: string;
                            }[];
                            limit: number;
                            nextBefore: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Import a file (CSV/TSV, XLSX, JSON, NDJSON, any of them gzipped) as a background job
         * @description The body is the file, raw (text/csv, text/tab-separated-values, application/json, application/x-ndjson, application/gzip, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/octet-stream; name it with fileName), or a multipart/form-data form with the file in a part named "file" and, instead of a built-in profile, a mapping file (JSON) in a part named "mapping". Options are query parameters. Answers 202 with the job (follow its Location) once the import is recorded; 200 with the earlier import when this content was imported completely before into the same data set with the same profile; 400 when the header does not fit the profile (nothing is recorded). Editor or admin.
         */
        post: {
            parameters: {
                query?: {
                    /** @description the data set the file belongs to (fact keys are unique within it); default the profile */
                    dataset?: string;
                    /** @description CSV delimiter (default detected) */
                    delimiter?: string;
                    /** @description read and check every row, report, write nothing */
                    dryRun?: "true" | "false";
                    encoding?: "utf8" | "latin1";
                    /** @description synthetic data: the source and its persons are fictional */
                    fictional?: "true" | "false";
                    /** @description the name recorded for the file; required for a raw body */
                    fileName?: string;
                    format?: "csv" | "xlsx" | "json" | "ndjson";
                    /** @description a built-in profile (GET /api/import-profiles); or send a mapping part instead */
                    profile?: "ice-detention-stints" | "ice-enforcement" | "ice-air-arts" | "frontex-returns" | "removal-tracker" | "custodia";
                    /** @description the source's publisher; default the profile's */
                    publisher?: string;
                    /** @description XLSX: import this sheet only, by name or 1-based number */
                    sheet?: string;
                    /** @description reject the whole file if any row has an error */
                    stopOnError?: "true" | "false";
                    /** @description the source's title; default the file name */
                    title?: string;
                    /** @description where the file was published */
                    url?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum: string;
                            counts: {
                                conflicts: number;
                                created: {
                                    [key: string]: number;
                                };
                                junk: number;
                                mapped: number;
                                problems: number;
                                rejected: number;
                                retractedKept: number;
                                rows: number;
                                sheetsSkipped: number;
                                unchanged: {
                                    [key: string]: number;
                                };
                                updated: {
                                    [key: string]: number;
                                };
                                warnings: number;
                            };
                            dataset: string;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            profile: string;
                            progress: {
                                estimatedRows: number | null;
                                rows: number;
                                rowsPerSecond: number | null;
                                secondsLeft: number | null;
                            };
                            size: number;
                            sourceId: string | null;
                            startedAt: string;
                            /** @enum {string} */
                            status: "checking" | "running" | "completed" | "failed" | "rejected" | "dry_run";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum: string;
                            counts: {
                                conflicts: number;
                                created: {
                                    [key: string]: number;
                                };
                                junk: number;
                                mapped: number;
                                problems: number;
                                rejected: number;
                                retractedKept: number;
                                rows: number;
                                sheetsSkipped: number;
                                unchanged: {
                                    [key: string]: number;
                                };
                                updated: {
                                    [key: string]: number;
                                };
                                warnings: number;
                            };
                            dataset: string;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            profile: string;
                            progress: {
                                estimatedRows: number | null;
                                rows: number;
                                rowsPerSecond: number | null;
                                secondsLeft: number | null;
                            };
                            size: number;
                            sourceId: string | null;
                            startedAt: string;
                            /** @enum {string} */
                            status: "checking" | "running" | "completed" | "failed" | "rejected" | "dry_run";
                            updatedAt: string;
                        };
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
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: status, counts and progress, from the ledger (editor or admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum: string;
                            counts: {
                                conflicts: number;
                                created: {
                                    [key: string]: number;
                                };
                                junk: number;
                                mapped: number;
                                problems: number;
                                rejected: number;
                                retractedKept: number;
                                rows: number;
                                sheetsSkipped: number;
                                unchanged: {
                                    [key: string]: number;
                                };
                                updated: {
                                    [key: string]: number;
                                };
                                warnings: number;
                            };
                            dataset: string;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            profile: string;
                            progress: {
                                estimatedRows: number | null;
                                rows: number;
                                rowsPerSecond: number | null;
                                secondsLeft: number | null;
                            };
                            size: number;
                            sourceId: string | null;
                            startedAt: string;
                            /** @enum {string} */
                            status: "checking" | "running" | "completed" | "failed" | "rejected" | "dry_run";
                            updatedAt: string;
                        };
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
    "/api/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's report: rejected rows, warnings and junk, with their row, column and value
         * @description JSON pages (afterSeq, limit) by default; format=csv gives the whole report as text/csv. The values are raw cells of the file, so only editors and admins may read it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: the `nextAfterSeq` of the previous page */
                    afterSeq?: number;
                    /** @description json (paged, default) or csv (whole) */
                    format?: "json" | "csv";
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                column: string | null;
                                /** @description the fact the line is about (a row kept as an alternative reading of it) */
                                factId?: string | null;
                                reason: string;
                                row: number;
                                seq: number;
                                /** @enum {string} */
                                severity: "error" | "warning" | "skipped";
                                sheet: string | null;
                                value: string | null;
                            }[];
                            limit: number;
                            nextAfterSeq: number | null;
                        };
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
    "/api/legal-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List legal-events (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    limit?: number;
                    personId?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LegalEvent"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a legal event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        appealWaived?: boolean;
                        /** @enum {string} */
                        authority: "INA240" | "ER235b1" | "REINST241a5" | "238b" | "AEA" | "NONE";
                        countriesIdentifiedInWriting?: string[];
                        countriesNamed?: string[];
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        finalAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        issuedAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "removal_order";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        decidedAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        filedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        forum: string;
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "appeal";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        court?: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        from: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        stayKind: "judicial" | "administrative" | "automatic";
                        to?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        /** @enum {string} */
                        type: "stay";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        court: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        filedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "petition_for_review";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        grantedAt: string;
                        /** @enum {string} */
                        grantType: "INA241b3" | "CAT_withholding" | "CAT_deferral" | "asylum";
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        terminatedAt?: string | null;
                        /** @enum {string} */
                        type: "protection_grant";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        case: string;
                        court: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        note?: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        oralAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        orderKey?: string;
                        /** @enum {string} */
                        orderKind: "temporary_restraining_order" | "preliminary_injunction" | "injunction" | "other";
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        /** @enum {string} */
                        scope: "aea_designees" | "class_c" | "this_person";
                        sourceIds: string[];
                        stayedAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        /** @enum {string} */
                        type: "court_order";
                        vacatedAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        writtenAt?: string | {
                            offset: string;
                            utc: string;
                        };
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        explainsHowToChallenge?: boolean;
                        language?: string;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        namesCountry?: string;
                        note?: string;
                        /** @enum {string} */
                        noticeKind: "removal" | "third_country" | "aea";
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        servedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        sourceIds: string[];
                        toCounsel: boolean;
                        toPerson: boolean;
                        /** @enum {string} */
                        type: "notice_served";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        raisedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "fear_claim";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        decidedAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        outcome: ("positive" | "negative") | null;
                        /** @description id (per_…) */
                        personId: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        referredAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        /** @enum {string} */
                        screeningKind: "credible_fear" | "reasonable_fear" | "third_country_fear";
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "screening";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        court: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        docket?: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        filedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "habeas_petition";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @enum {string} */
                        by: "DHS" | "person";
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        filedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "reopen_motion";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @enum {string} */
                        assuranceKind: "blanket" | "individual";
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        country: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        deemedCredibleAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "assurance";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    } | {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        designatedAt: string | {
                            offset: string;
                            utc: string;
                        };
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /** @enum {string} */
                        type: "aea_designation";
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            appealWaived?: boolean;
                            /** @enum {string} */
                            authority: "INA240" | "ER235b1" | "REINST241a5" | "238b" | "AEA" | "NONE";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            countriesIdentifiedInWriting?: string[];
                            countriesNamed?: string[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            finalAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            issuedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "removal_order";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            forum: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "appeal";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court?: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            from: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            stayKind: "judicial" | "administrative" | "automatic";
                            to?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "stay";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "petition_for_review";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            grantedAt: string;
                            /** @enum {string} */
                            grantType: "INA241b3" | "CAT_withholding" | "CAT_deferral" | "asylum";
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            terminatedAt?: string | null;
                            /** @enum {string} */
                            type: "protection_grant";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            case: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            oralAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            orderKey?: string;
                            /** @enum {string} */
                            orderKind: "temporary_restraining_order" | "preliminary_injunction" | "injunction" | "other";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            scope: "aea_designees" | "class_c" | "this_person";
                            sourceIds: string[];
                            stayedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "court_order";
                            updatedAt: string;
                            vacatedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                            /** @description An instant: UTC with the offset the source wrote */
                            writtenAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            explainsHowToChallenge?: boolean;
                            id: string;
                            language?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            namesCountry?: string;
                            note?: string;
                            /** @enum {string} */
                            noticeKind: "removal" | "third_country" | "aea";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            servedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            sourceIds: string[];
                            toCounsel: boolean;
                            toPerson: boolean;
                            /** @enum {string} */
                            type: "notice_served";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            raisedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "fear_claim";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            outcome: ("positive" | "negative") | null;
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            referredAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            screeningKind: "credible_fear" | "reasonable_fear" | "third_country_fear";
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "screening";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            docket?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "habeas_petition";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            by: "DHS" | "person";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "reopen_motion";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            assuranceKind: "blanket" | "individual";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            deemedCredibleAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "assurance";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            designatedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "aea_designation";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        });
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
    "/api/legal-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one legal event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LegalEvent"];
                    };
                };
            };
        };
        /** Replace a legal event (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            appealWaived?: boolean;
                            /** @enum {string} */
                            authority: "INA240" | "ER235b1" | "REINST241a5" | "238b" | "AEA" | "NONE";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            countriesIdentifiedInWriting?: string[];
                            countriesNamed?: string[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            finalAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            issuedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "removal_order";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            forum: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "appeal";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court?: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            from: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            stayKind: "judicial" | "administrative" | "automatic";
                            to?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "stay";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "petition_for_review";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            grantedAt: string;
                            /** @enum {string} */
                            grantType: "INA241b3" | "CAT_withholding" | "CAT_deferral" | "asylum";
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            terminatedAt?: string | null;
                            /** @enum {string} */
                            type: "protection_grant";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            case: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            oralAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            orderKey?: string;
                            /** @enum {string} */
                            orderKind: "temporary_restraining_order" | "preliminary_injunction" | "injunction" | "other";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            scope: "aea_designees" | "class_c" | "this_person";
                            sourceIds: string[];
                            stayedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "court_order";
                            updatedAt: string;
                            vacatedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                            /** @description An instant: UTC with the offset the source wrote */
                            writtenAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            explainsHowToChallenge?: boolean;
                            id: string;
                            language?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            namesCountry?: string;
                            note?: string;
                            /** @enum {string} */
                            noticeKind: "removal" | "third_country" | "aea";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            servedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            sourceIds: string[];
                            toCounsel: boolean;
                            toPerson: boolean;
                            /** @enum {string} */
                            type: "notice_served";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            raisedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "fear_claim";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            outcome: ("positive" | "negative") | null;
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            referredAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            screeningKind: "credible_fear" | "reasonable_fear" | "third_country_fear";
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "screening";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            docket?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "habeas_petition";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            by: "DHS" | "person";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "reopen_motion";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            assuranceKind: "blanket" | "individual";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            deemedCredibleAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "assurance";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            designatedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "aea_designation";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a legal event (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            appealWaived?: boolean;
                            /** @enum {string} */
                            authority: "INA240" | "ER235b1" | "REINST241a5" | "238b" | "AEA" | "NONE";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            countriesIdentifiedInWriting?: string[];
                            countriesNamed?: string[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            finalAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            issuedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "removal_order";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            forum: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "appeal";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court?: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            from: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            stayKind: "judicial" | "administrative" | "automatic";
                            to?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "stay";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "petition_for_review";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            grantedAt: string;
                            /** @enum {string} */
                            grantType: "INA241b3" | "CAT_withholding" | "CAT_deferral" | "asylum";
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            terminatedAt?: string | null;
                            /** @enum {string} */
                            type: "protection_grant";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            case: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            oralAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            orderKey?: string;
                            /** @enum {string} */
                            orderKind: "temporary_restraining_order" | "preliminary_injunction" | "injunction" | "other";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            scope: "aea_designees" | "class_c" | "this_person";
                            sourceIds: string[];
                            stayedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            type: "court_order";
                            updatedAt: string;
                            vacatedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                            /** @description An instant: UTC with the offset the source wrote */
                            writtenAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            explainsHowToChallenge?: boolean;
                            id: string;
                            language?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            namesCountry?: string;
                            note?: string;
                            /** @enum {string} */
                            noticeKind: "removal" | "third_country" | "aea";
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            servedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            sourceIds: string[];
                            toCounsel: boolean;
                            toPerson: boolean;
                            /** @enum {string} */
                            type: "notice_served";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            raisedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "fear_claim";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            decidedAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            outcome: ("positive" | "negative") | null;
                            /** @description id (per_…) */
                            personId: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            referredAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            screeningKind: "credible_fear" | "reasonable_fear" | "third_country_fear";
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "screening";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            court: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            docket?: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "habeas_petition";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            by: "DHS" | "person";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            filedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "reopen_motion";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            assuranceKind: "blanket" | "individual";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            country: string;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            deemedCredibleAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "assurance";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            designatedAt: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            type: "aea_designation";
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/legal-events/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a legal event with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LegalEvent"];
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
    "/api/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a relative: always the same answer (a reference and who will call back), match or no match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                            organisation: string;
                            reference: string;
                        };
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
    "/api/locate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The locator's requests, newest first, each with the persons it may concern (editors) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                address: string | null;
                                birthDate: string;
                                contact: string;
                                createdAt: string;
                                id: string;
                                language: string;
                                matches: ({
                                    personId: string;
                                    probability: number;
                                    record: components["schemas"]["PersonRecord"];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                name: string;
                                nationality: string | null;
                                reference: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: scored pairs of a record and a person, with both records and why they scored (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    limit?: number;
                    status?: "pending" | "accepted" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                candidate: {
                                    person: components["schemas"]["Person"] | null;
                                    personId: string;
                                    record: components["schemas"]["PersonRecord"] | null;
                                } & {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                explanation: {
                                    comparisons: ({
                                        comparison: string;
                                        level: string;
                                        weight: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    priorWeight: number;
                                    totalWeight: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                id: string;
                                probability: number;
                                reason: string | null;
                                record: components["schemas"]["PersonRecord"] | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One match of the review queue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                person: components["schemas"]["Person"] | null;
                                personId: string;
                                record: components["schemas"]["PersonRecord"] | null;
                            } & {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            explanation: {
                                comparisons: ({
                                    comparison: string;
                                    level: string;
                                    weight: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                priorWeight: number;
                                totalWeight: number;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            probability: number;
                            reason: string | null;
                            record: components["schemas"]["PersonRecord"] | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/matches/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a match: the record's person is merged into the candidate person (send the version you read) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            match: {
                                candidate: {
                                    person: components["schemas"]["Person"] | null;
                                    personId: string;
                                    record: components["schemas"]["PersonRecord"] | null;
                                } & {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                explanation: {
                                    comparisons: ({
                                        comparison: string;
                                        level: string;
                                        weight: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    priorWeight: number;
                                    totalWeight: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                id: string;
                                probability: number;
                                reason: string | null;
                                record: components["schemas"]["PersonRecord"] | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            };
                            personId: string;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/matches/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a match with a reason: the two persons’ records may never be linked (send the version you read) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            match: {
                                candidate: {
                                    person: components["schemas"]["Person"] | null;
                                    personId: string;
                                    record: components["schemas"]["PersonRecord"] | null;
                                } & {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                explanation: {
                                    comparisons: ({
                                        comparison: string;
                                        level: string;
                                        weight: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    priorWeight: number;
                                    totalWeight: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                id: string;
                                probability: number;
                                reason: string | null;
                                record: components["schemas"]["PersonRecord"] | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "rejected";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            };
                            personId: string;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List movements (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    carrier?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    destination?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    fromCountry?: string;
                    includeRetracted?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    sort?: string;
                    sourceId?: string;
                    tailNumber?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                    toCountry?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Movement"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a movement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        arrival: {
                            airport?: string;
                            /**
                             * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                             * @example 2025-03-15T17:45:00-05:00
                             */
                            at?: string | {
                                offset: string;
                                utc: string;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                             * @example SLV
                             */
                            country: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            place: string;
                        };
                        carrier?: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        departure: {
                            airport?: string;
                            /**
                             * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                             * @example 2025-03-15T17:45:00-05:00
                             */
                            at?: string | {
                                offset: string;
                                utc: string;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                             * @example SLV
                             */
                            country: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            place: string;
                        };
                        flightNumber?: string;
                        /** @enum {string} */
                        kind: "flight" | "bus" | "ship" | "land" | "other";
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        sourceIds: string[];
                        stops?: {
                            airport?: string;
                            /**
                             * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                             * @example 2025-03-15T17:45:00-05:00
                             */
                            at?: string | {
                                offset: string;
                                utc: string;
                            };
                            /**
                             * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                             * @example SLV
                             */
                            country: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            place: string;
                        }[];
                        tailNumber?: string;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            arrival: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            carrier?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            departure: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            flightNumber?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "flight" | "bus" | "ship" | "land" | "other";
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stops?: ({
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            tailNumber?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/movements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one movement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Movement"];
                    };
                };
            };
        };
        /** Replace a movement (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            arrival: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            carrier?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            departure: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            flightNumber?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "flight" | "bus" | "ship" | "land" | "other";
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stops?: ({
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            tailNumber?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a movement (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            arrival: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            carrier?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            departure: {
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            };
                            flightNumber?: string;
                            id: string;
                            /** @enum {string} */
                            kind: "flight" | "bus" | "ship" | "land" | "other";
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            stops?: ({
                                airport?: string;
                                /** @description An instant: UTC with the offset the source wrote */
                                at?: {
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country: string;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date?: string;
                                /** @description id (fac_…) */
                                facilityId?: string;
                                place: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            tailNumber?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/movements/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a movement with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Movement"];
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
    "/api/person-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List person-records (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    limit?: number;
                    nationality?: string;
                    personId?: string;
                    sex?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PersonRecord"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a person record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        aliases?: string[];
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        birthDate?: string;
                        familyNames?: string;
                        fullName?: string;
                        givenNames?: string;
                        hasCounsel?: boolean | null;
                        identifiers?: {
                            /**
                             * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                             * @example SLV
                             */
                            country?: string;
                            /** @enum {string} */
                            kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                            value: string;
                        }[];
                        /** @default [] */
                        languages?: string[];
                        lawfulPermanentResident?: boolean | null;
                        nationalities?: string[];
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId?: string;
                        /** @enum {string} */
                        sex?: "female" | "male" | "other" | "unknown";
                        sourceIds: string[];
                        sourceRecordId?: string;
                        unaccompaniedChild?: boolean | null;
                        usCitizen?: boolean | null;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            birthDate?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            familyNames?: string;
                            fullName?: string;
                            givenNames?: string;
                            hasCounsel?: boolean | null;
                            id: string;
                            identifiers?: ({
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country?: string;
                                /** @enum {string} */
                                kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                                value: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            languages?: string[];
                            lawfulPermanentResident?: boolean | null;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            sex?: "female" | "male" | "other" | "unknown";
                            sourceIds: string[];
                            sourceRecordId?: string;
                            unaccompaniedChild?: boolean | null;
                            updatedAt: string;
                            usCitizen?: boolean | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/person-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonRecord"];
                    };
                };
            };
        };
        /** Replace a person record (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            birthDate?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            familyNames?: string;
                            fullName?: string;
                            givenNames?: string;
                            hasCounsel?: boolean | null;
                            id: string;
                            identifiers?: ({
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country?: string;
                                /** @enum {string} */
                                kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                                value: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            languages?: string[];
                            lawfulPermanentResident?: boolean | null;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            sex?: "female" | "male" | "other" | "unknown";
                            sourceIds: string[];
                            sourceRecordId?: string;
                            unaccompaniedChild?: boolean | null;
                            updatedAt: string;
                            usCitizen?: boolean | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a person record (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases?: string[];
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            birthDate?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            familyNames?: string;
                            fullName?: string;
                            givenNames?: string;
                            hasCounsel?: boolean | null;
                            id: string;
                            identifiers?: ({
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                country?: string;
                                /** @enum {string} */
                                kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                                value: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            languages?: string[];
                            lawfulPermanentResident?: boolean | null;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            sex?: "female" | "male" | "other" | "unknown";
                            sourceIds: string[];
                            sourceRecordId?: string;
                            unaccompaniedChild?: boolean | null;
                            updatedAt: string;
                            usCitizen?: boolean | null;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/person-records/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a person record with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonRecord"];
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
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List persons (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    agreementId?: string;
                    basis?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    destination?: string;
                    facilityId?: string;
                    fictional?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    limit?: number;
                    nationality?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        fictional?: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            note?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person with their records and current whereabouts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            note?: string;
                            records: ({
                                aliases?: string[];
                                alternatives?: ({
                                    column?: string;
                                    reason: string;
                                    row: number;
                                    sheet?: string;
                                    /** @description id (src_…) */
                                    sourceId: string;
                                    values: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                birthDate?: string;
                                createdAt: string;
                                familyNames?: string;
                                fullName?: string;
                                givenNames?: string;
                                hasCounsel?: boolean | null;
                                id: string;
                                identifiers?: ({
                                    /**
                                     * @description ISO 3166-1 alpha-3 code
                                     * @example SLV
                                     */
                                    country?: string;
                                    /** @enum {string} */
                                    kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                                    value: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                languages?: string[];
                                lawfulPermanentResident?: boolean | null;
                                nationalities?: string[];
                                note?: string;
                                origin?: {
                                    row: number;
                                    sheet?: string;
                                    /** @description id (src_…) */
                                    sourceId: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description id (per_…) */
                                personId?: string;
                                /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                                retracted: ({
                                    at: string;
                                    reason: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                sex?: "female" | "male" | "other" | "unknown";
                                sourceIds: string[];
                                sourceRecordId?: string;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                unaccompaniedChild?: boolean | null;
                                updatedAt: string;
                                usCitizen?: boolean | null;
                                version: number;
                                warnings?: ({
                                    column: string | null;
                                    reason: string;
                                    value: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                withheld?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            updatedAt: string;
                            version: number;
                            whereabouts: ({
                                at: ({
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                country: string | null;
                                custodian: string | null;
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                /** @description worked out from a completed transfer: no custody event records the hand-over */
                                derived: ({
                                    /** @enum {string} */
                                    from: "transfer";
                                    transferId: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description the custody event, or the transfer when derived */
                                event: components["schemas"]["CustodyEvent"] | components["schemas"]["Transfer"];
                                facility: ({
                                    /**
                                     * @description ISO 3166-1 alpha-3 code
                                     * @example SLV
                                     */
                                    country: string;
                                    id: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                status: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace a person (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            note?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a person (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            note?: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            updatedAt: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/persons/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open (and recently closed) legal clocks the facts imply, with their legal source and time left */
        get: {
            parameters: {
                query?: {
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadlines: ({
                                /** @enum {string} */
                                clock: "bia-appeal" | "petition-for-review" | "motion-to-reopen" | "dvd-meaningful-opportunity" | "dvd-negative-fear-finding" | "ice-third-country-notice-24h" | "ice-third-country-notice-6h" | "aea-notice" | "aea-notice-21-days" | "zadvydas" | "costa-rica-status-decision" | "ice-fear-screening-decision";
                                closedBy?: {
                                    at: string;
                                    fact: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the legal end, even when a later fact closed the clock early */
                                endsAt: string;
                                facts: {
                                    [key: string]: unknown;
                                };
                                legalSource: string;
                                note?: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                open: boolean;
                                startsAt: string;
                                timeLeft: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description 0 when closed */
                                timeLeftMs: number;
                                title: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            now: string;
                            personId: string;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/persons/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge another person into this one (refused with 409 cannot_link after a rejection between them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person merged into the one of the URL */
                        personId: string;
                        reason: string;
                        /** @description the version of the person of the URL you read; a stale one gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merged: components["schemas"]["Person"];
                            moved: {
                                factIds: string[];
                                recordIds: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            person: components["schemas"]["Person"];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/persons/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a person with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
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
    "/api/persons/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move records (and facts) of this person to a new person: the reverse of a merge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        factIds?: string[];
                        reason: string;
                        recordIds: string[];
                        /** @description the version of the person of the URL you read; a stale one gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: components["schemas"]["Person"];
                            moved: {
                                factIds: string[];
                                recordIds: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            person: components["schemas"]["Person"];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/persons/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custody events, transfers, legal events and allegations in time order, each with its sources */
        get: {
            parameters: {
                query?: {
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            items: (({
                                at: ({
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                date: string | null;
                                entity: components["schemas"]["CustodyEvent"];
                                /** @description transfers: the rules' findings, once evaluated */
                                findings?: ({
                                    /** @enum {string} */
                                    authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                    citations: string[];
                                    contested: boolean;
                                    es: {
                                        explanation: string;
                                        title: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    explanation: string;
                                    /** @description bundle paths and the values that decided */
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    missingFacts?: string[];
                                    outcome: string;
                                    packVersion: string;
                                    /** @enum {string} */
                                    potentialSeverity?: "violation" | "warning" | "info";
                                    ruleId: string;
                                    /** @enum {string} */
                                    severity: "violation" | "warning" | "info";
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                findingsEvaluatedAt?: string;
                                /** @enum {string} */
                                kind: "custodyEvent";
                                packVersion?: string;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description the event's type, a transfer's legal basis, or an allegation's kind:category */
                                type: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                at: ({
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                date: string | null;
                                entity: components["schemas"]["Transfer"];
                                /** @description transfers: the rules' findings, once evaluated */
                                findings?: ({
                                    /** @enum {string} */
                                    authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                    citations: string[];
                                    contested: boolean;
                                    es: {
                                        explanation: string;
                                        title: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    explanation: string;
                                    /** @description bundle paths and the values that decided */
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    missingFacts?: string[];
                                    outcome: string;
                                    packVersion: string;
                                    /** @enum {string} */
                                    potentialSeverity?: "violation" | "warning" | "info";
                                    ruleId: string;
                                    /** @enum {string} */
                                    severity: "violation" | "warning" | "info";
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                findingsEvaluatedAt?: string;
                                /** @enum {string} */
                                kind: "transfer";
                                packVersion?: string;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description the event's type, a transfer's legal basis, or an allegation's kind:category */
                                type: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                at: ({
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                date: string | null;
                                entity: components["schemas"]["LegalEvent"];
                                /** @description transfers: the rules' findings, once evaluated */
                                findings?: ({
                                    /** @enum {string} */
                                    authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                    citations: string[];
                                    contested: boolean;
                                    es: {
                                        explanation: string;
                                        title: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    explanation: string;
                                    /** @description bundle paths and the values that decided */
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    missingFacts?: string[];
                                    outcome: string;
                                    packVersion: string;
                                    /** @enum {string} */
                                    potentialSeverity?: "violation" | "warning" | "info";
                                    ruleId: string;
                                    /** @enum {string} */
                                    severity: "violation" | "warning" | "info";
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                findingsEvaluatedAt?: string;
                                /** @enum {string} */
                                kind: "legalEvent";
                                packVersion?: string;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description the event's type, a transfer's legal basis, or an allegation's kind:category */
                                type: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                at: ({
                                    /** @description the UTC offset the source wrote, ±HH:MM */
                                    offset: string;
                                    /** @description the instant in UTC (ISO 8601, Z) */
                                    utc: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                date: string | null;
                                entity: components["schemas"]["Allegation"];
                                /** @description transfers: the rules' findings, once evaluated */
                                findings?: ({
                                    /** @enum {string} */
                                    authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                    citations: string[];
                                    contested: boolean;
                                    es: {
                                        explanation: string;
                                        title: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    explanation: string;
                                    /** @description bundle paths and the values that decided */
                                    facts: {
                                        [key: string]: unknown;
                                    };
                                    missingFacts?: string[];
                                    outcome: string;
                                    packVersion: string;
                                    /** @enum {string} */
                                    potentialSeverity?: "violation" | "warning" | "info";
                                    ruleId: string;
                                    /** @enum {string} */
                                    severity: "violation" | "warning" | "info";
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                findingsEvaluatedAt?: string;
                                /** @enum {string} */
                                kind: "allegation";
                                packVersion?: string;
                                sources: ({
                                    fictional: boolean;
                                    id: string;
                                    publisher: string;
                                    title: string;
                                    url?: string;
                                    /**
                                     * @description the source is above the caller's clearance: cited by id only
                                     * @enum {boolean}
                                     */
                                    withheld?: true;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description the event's type, a transfer's legal basis, or an allegation's kind:category */
                                type: string;
                            } & {
                                [key: string]: unknown;
                            }))[];
                            personId: string;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/reported-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reported-counts (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    agreementId?: string;
                    basis?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    destination?: string;
                    facilityId?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    fromCountry?: string;
                    includeRetracted?: "true" | "false";
                    individual?: string;
                    limit?: number;
                    movementId?: string;
                    nationality?: string;
                    partOf?: string;
                    sameEventAs?: string;
                    samePersonsAs?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                    toCountry?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReportedCount"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a reported count */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description id (agr_…) */
                        agreementId?: string;
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @enum {string} */
                        basis?: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                        count: number | null;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        dateFrom: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        dateTo?: string;
                        description?: string;
                        /** @description id (fac_…) */
                        facilityId?: string;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        fromCountry?: string;
                        group?: string;
                        individual?: boolean;
                        /** @description id (mov_…) */
                        movementId?: string;
                        nationalities?: string[];
                        note?: string;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description a breakdown of this count (cnt_…) */
                        partOf?: string;
                        /**
                         * @default exact
                         * @enum {string}
                         */
                        qualifier?: "exact" | "about" | "at_least" | "at_most";
                        /** @description another source's count of the same event (cnt_…) */
                        sameEventAs?: string;
                        /** @description persons already counted there, moved again later (cnt_…) */
                        samePersonsAs?: string;
                        sourceIds: string[];
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        toCountry: string;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis?: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            count: number | null;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateFrom: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateTo?: string;
                            description?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry?: string;
                            group?: string;
                            id: string;
                            individual?: boolean;
                            /** @description id (mov_…) */
                            movementId?: string;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description a breakdown of this count (cnt_…) */
                            partOf?: string;
                            /** @enum {string} */
                            qualifier?: "exact" | "about" | "at_least" | "at_most";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description another source's count of the same event (cnt_…) */
                            sameEventAs?: string;
                            /** @description persons already counted there, moved again later (cnt_…) */
                            samePersonsAs?: string;
                            sourceIds: string[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/reported-counts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one reported count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportedCount"];
                    };
                };
            };
        };
        /** Replace a reported count (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis?: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            count: number | null;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateFrom: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateTo?: string;
                            description?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry?: string;
                            group?: string;
                            id: string;
                            individual?: boolean;
                            /** @description id (mov_…) */
                            movementId?: string;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description a breakdown of this count (cnt_…) */
                            partOf?: string;
                            /** @enum {string} */
                            qualifier?: "exact" | "about" | "at_least" | "at_most";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description another source's count of the same event (cnt_…) */
                            sameEventAs?: string;
                            /** @description persons already counted there, moved again later (cnt_…) */
                            samePersonsAs?: string;
                            sourceIds: string[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a reported count (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            basis?: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            count: number | null;
                            createdAt: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateFrom: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            dateTo?: string;
                            description?: string;
                            /** @description id (fac_…) */
                            facilityId?: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry?: string;
                            group?: string;
                            id: string;
                            individual?: boolean;
                            /** @description id (mov_…) */
                            movementId?: string;
                            nationalities?: string[];
                            note?: string;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description a breakdown of this count (cnt_…) */
                            partOf?: string;
                            /** @enum {string} */
                            qualifier?: "exact" | "about" | "at_least" | "at_most";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description another source's count of the same event (cnt_…) */
                            sameEventAs?: string;
                            /** @description persons already counted there, moved again later (cnt_…) */
                            samePersonsAs?: string;
                            sourceIds: string[];
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/reported-counts/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many persons the registry identifies by name in the scope of a reported count, and their share of it (the persons from viewer up; the public gets the number, small ones suppressed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: components["schemas"]["ReportedCount"];
                            /** @description null for the public when from 1 to 4 */
                            identified: number | null;
                            moreIdentifiedThanReported: boolean | null;
                            /** @description viewer and up */
                            nationalityUnknown?: number;
                            /** @description viewer and up: the persons identified and their transfers in the scope */
                            persons?: ({
                                personId: string;
                                transfers: components["schemas"]["Transfer"][];
                            } & {
                                [key: string]: unknown;
                            })[];
                            scope: {
                                agreementId?: string;
                                basis?: string;
                                dateFrom: string;
                                dateTo: string;
                                facilityId?: string;
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                fromCountry?: string;
                                movementId?: string;
                                nationalities?: string[];
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                toCountry: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description identified / reported; a range when the reported figure is one; never capped at 1 */
                            share: (number | ({
                                max: number | null;
                                min: number | null;
                            } & {
                                [key: string]: unknown;
                            })) | null;
                            /** @description the public only */
                            suppressed?: boolean;
                            /** @description viewer and up */
                            transfersInScope?: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/reported-counts/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a reported count with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportedCount"];
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
    "/api/search/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find persons by name (any order, spelling variants, nicknames), birth date, nationality or identifier, ranked by probability, each hit with why (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query: {
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    birthDate?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    identifier?: string;
                    limit?: number;
                    /** @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input) */
                    nationality?: string;
                    /** @description a full name in any order: "José García", "GARCIA, JOSE", "de la Cruz" */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: ({
                                person: components["schemas"]["Person"];
                                probability: number;
                                record: components["schemas"]["PersonRecord"];
                                why: ({
                                    comparison: string;
                                    level: string;
                                    queryValue: unknown;
                                    recordValue: unknown;
                                    weight: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description a key (a common name) matched more records than were read: more details narrow it */
                            incomplete: boolean;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: signed in or not, my role, and the CSRF token for writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer" | "public";
                            /** @enum {boolean} */
                            signedIn: false;
                        } | {
                            csrfToken: string | null;
                            expiresAt: string | null;
                            idleMinutes: number | null;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer" | "public";
                            secondFactor: ("verified" | "not_required" | "enrolment_required") | null;
                            /** @enum {boolean} */
                            signedIn: true;
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign in: sets the session cookie and answers with the CSRF token writes must carry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer" | "public";
                            /** @enum {boolean} */
                            signedIn: false;
                        } | {
                            csrfToken: string | null;
                            expiresAt: string | null;
                            idleMinutes: number | null;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer" | "public";
                            secondFactor: ("verified" | "not_required" | "enrolment_required") | null;
                            /** @enum {boolean} */
                            signedIn: true;
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        /** Sign out: ends this session */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password: every session and token of mine ends, this one included */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/session/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling a second factor (TOTP): the secret and otpauth:// address, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            uri: string;
                        };
                    };
                };
            };
        };
        /** Remove my second factor, with a current code */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with a current code from the authenticator app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sources (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    fictional?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    includeRetracted?: "true" | "false";
                    kind?: string;
                    limit?: number;
                    publisher?: string;
                    sensitivity?: string;
                    sort?: string;
                    sourceId?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Source"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checksum?: string;
                        /** @default false */
                        fictional?: boolean;
                        /** @enum {string} */
                        kind: "government_statement" | "court_record" | "news_report" | "foia_release" | "dataset" | "ngo_report" | "flight_tracking" | "case_file" | "synthetic";
                        language?: string;
                        note?: string;
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        publishedOn?: string;
                        publisher: string;
                        /**
                         * @default F
                         * @enum {string}
                         */
                        reliability?: "A" | "B" | "C" | "D" | "E" | "F";
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        retrievedAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        /**
                         * @default public
                         * @enum {string}
                         */
                        sensitivity?: "public" | "restricted" | "confidential";
                        title: string;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "government_statement" | "court_record" | "news_report" | "foia_release" | "dataset" | "ngo_report" | "flight_tracking" | "case_file" | "synthetic";
                            language?: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            publishedOn?: string;
                            publisher: string;
                            /** @enum {string} */
                            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            retrievedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            sensitivity?: "public" | "restricted" | "confidential";
                            title: string;
                            updatedAt: string;
                            url?: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Source"];
                    };
                };
            };
        };
        /** Replace a source (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "government_statement" | "court_record" | "news_report" | "foia_release" | "dataset" | "ngo_report" | "flight_tracking" | "case_file" | "synthetic";
                            language?: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            publishedOn?: string;
                            publisher: string;
                            /** @enum {string} */
                            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            retrievedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            sensitivity?: "public" | "restricted" | "confidential";
                            title: string;
                            updatedAt: string;
                            url?: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a source (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checksum?: string;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            fictional?: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "government_statement" | "court_record" | "news_report" | "foia_release" | "dataset" | "ngo_report" | "flight_tracking" | "case_file" | "synthetic";
                            language?: string;
                            note?: string;
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            publishedOn?: string;
                            publisher: string;
                            /** @enum {string} */
                            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description An instant: UTC with the offset the source wrote */
                            retrievedAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            sensitivity?: "public" | "restricted" | "confidential";
                            title: string;
                            updatedAt: string;
                            url?: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sources/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a source with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Source"];
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
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers (completed unless status= says otherwise), reported counts and findings; or a cross-tab of transfers (rows, columns, filters); JSON or CSV
         * @description Without rows and columns: the figures, counting individual transfers of the statuses in `status` (completed by default). The public gets the fixed protected tables of completed transfers and may give no parameter but `format`.
         *
         *     With `rows` and `columns` (viewers and up; 403 for the public): a cross-tab of individual transfers by two of agreement, destination, month, basis, status, nationality, severity, under the filters `agreement`, `destination`, `basis`, `nationality` (comma-separated: any of), `from`/`to` (the transfer's date falls within) and `status`. Answer: `{ note, rows, columns, statuses, filters, cells: [{ row, column, value }], rowTotals: [{ key, value }], columnTotals, total, overlaps }`; cells not listed are zero, a null key is unknown. `nationality` is the person's, from their records: several give `multiple`, none a null key. `severity` counts a transfer under each severity of its findings resting on authority in force (null: none), so its cells can add up to more than the total (`overlaps` says which side); every total counts a transfer once.
         *
         *     CSV (`format=csv` or `Accept: text/csv`): a cross-tab as a grid (the row key, one column per column key, `total`; then a `total` row), or the figures as a long table `table,key,value,note`; null keys read `(none)`. UTF-8 with a BOM; the file name and the `X-Custodia-Query` and `X-Custodia-Exported-At` headers say what was asked and when.
         */
        get: {
            parameters: {
                query?: {
                    agreement?: string;
                    basis?: string;
                    /** @description one of agreement, destination, month, basis, status, nationality, severity */
                    columns?: "agreement" | "destination" | "month" | "basis" | "status" | "nationality" | "severity";
                    /** @description the country of destination: ISO 3166-1 codes (or names), comma-separated */
                    destination?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description transfers dated on or after (YYYY[-MM[-DD]]) */
                    from?: string;
                    /** @description one of the nationalities of the transferred person's records: ISO 3166-1 codes (or names), comma-separated */
                    nationality?: string;
                    /** @description one of agreement, destination, month, basis, status, nationality, severity */
                    rows?: "agreement" | "destination" | "month" | "basis" | "status" | "nationality" | "severity";
                    status?: string;
                    /** @description transfers dated on or before (YYYY[-MM[-DD]]) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description non-zero cells by row then column; a pair not listed counts zero */
                            cells: {
                                column: string | null;
                                row: string | null;
                                value: number;
                            }[];
                            /** @enum {string} */
                            columns: "agreement" | "destination" | "month" | "basis" | "status" | "nationality" | "severity";
                            /** @description transfers per column key, every column in order (null last) */
                            columnTotals: {
                                key: string | null;
                                value: number;
                            }[];
                            /** @description the filters applied, countries as codes */
                            filters: {
                                agreement?: string[];
                                basis?: string[];
                                destination?: string[];
                                from?: string;
                                nationality?: string[];
                                to?: string;
                            };
                            note: string;
                            /** @description the side (severity) where one transfer can count under several keys */
                            overlaps: ("rows" | "columns") | null;
                            /** @enum {string} */
                            rows: "agreement" | "destination" | "month" | "basis" | "status" | "nationality" | "severity";
                            /** @description transfers per row key, every row in order (null last) */
                            rowTotals: {
                                key: string | null;
                                value: number;
                            }[];
                            /** @description the transfer statuses counted */
                            statuses: string[];
                            /** @description transfers counted, each once */
                            total: number;
                        } | ({
                            findings: {
                                inForce: {
                                    byRule: ({
                                        key: string | null;
                                        /** @enum {boolean} */
                                        suppressed?: true;
                                        value: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    bySeverity: ({
                                        key: string | null;
                                        /** @enum {boolean} */
                                        suppressed?: true;
                                        value: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    total: number | null;
                                    /** @description the public only: the tables withheld whole */
                                    withheld?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                                statuses: string[];
                                stayedOrVacated: {
                                    byRule: ({
                                        key: string | null;
                                        /** @enum {boolean} */
                                        suppressed?: true;
                                        value: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    bySeverity: ({
                                        key: string | null;
                                        /** @enum {boolean} */
                                        suppressed?: true;
                                        value: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    total: number | null;
                                    /** @description the public only: the tables withheld whole */
                                    withheld?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                                transfersWithViolation: {
                                    byAgreement: ({
                                        key: string | null;
                                        /** @enum {boolean} */
                                        suppressed?: true;
                                        value: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @description viewer and up */
                                    byRule?: ({
                                        key: string | null;
                                        value: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    total: number | null;
                                    /** @description the public only: the tables withheld whole */
                                    withheld?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            individualTransfers: {
                                byAgreement: ({
                                    key: string | null;
                                    /** @enum {boolean} */
                                    suppressed?: true;
                                    value: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byBasis: ({
                                    key: string | null;
                                    /** @enum {boolean} */
                                    suppressed?: true;
                                    value: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byDestination: ({
                                    key: string | null;
                                    /** @enum {boolean} */
                                    suppressed?: true;
                                    value: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byMonth: ({
                                    key: string | null;
                                    /** @enum {boolean} */
                                    suppressed?: true;
                                    value: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description viewer and up: every transfer by status */
                                byStatus?: ({
                                    key: string | null;
                                    value: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @description viewer and up: transfers of other statuses, not counted */
                                leftOut?: number;
                                /** @description the transfer statuses counted */
                                statuses: string[];
                                total: number | null;
                                /** @description the public only: the tables withheld whole */
                                withheld?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            note: string;
                            reportedCounts: {
                                byAgreement: ({
                                    figure: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    key: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byBasis: ({
                                    figure: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    key: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byDestination: ({
                                    figure: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    key: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                byMonth: ({
                                    figure: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    key: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                flows: ({
                                    figure: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    from: string;
                                    to: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                personsReported: {
                                    breakdowns: number;
                                    countIds: string[];
                                    events: number;
                                    items: ({
                                        breakdownExceedsWhole: boolean;
                                        /** @description breakdowns of the item: never added to it */
                                        breakdowns: ({
                                            counts: ({
                                                /** @description other readings of the count (another row, the notes): the event spans them all */
                                                alternativeCounts?: number[];
                                                /** @description null: reported without a number */
                                                count: number | null;
                                                dateFrom: string;
                                                dateTo?: string;
                                                group?: string;
                                                id: string;
                                                partOf?: string;
                                                /** @enum {string} */
                                                qualifier: "exact" | "about" | "at_least" | "at_most";
                                                sameEventAs?: string;
                                                samePersonsAs?: string;
                                                sourceIds: string[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            /** @description the count that names the event */
                                            event: string;
                                            max: number | null;
                                            min: number | null;
                                            partOf: string[];
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        counts: ({
                                            /** @description other readings of the count (another row, the notes): the event spans them all */
                                            alternativeCounts?: number[];
                                            /** @description null: reported without a number */
                                            count: number | null;
                                            dateFrom: string;
                                            dateTo?: string;
                                            group?: string;
                                            id: string;
                                            partOf?: string;
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                            sameEventAs?: string;
                                            samePersonsAs?: string;
                                            sourceIds: string[];
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        /** @description the count that names the event */
                                        event: string;
                                        max: number | null;
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        /** @description later moves of the same persons: not added again */
                                        samePersons: ({
                                            counts: ({
                                                /** @description other readings of the count (another row, the notes): the event spans them all */
                                                alternativeCounts?: number[];
                                                /** @description null: reported without a number */
                                                count: number | null;
                                                dateFrom: string;
                                                dateTo?: string;
                                                group?: string;
                                                id: string;
                                                partOf?: string;
                                                /** @enum {string} */
                                                qualifier: "exact" | "about" | "at_least" | "at_most";
                                                sameEventAs?: string;
                                                samePersonsAs?: string;
                                                sourceIds: string[];
                                            } & {
                                                [key: string]: unknown;
                                            })[];
                                            /** @description the count that names the event */
                                            event: string;
                                            max: number | null;
                                            min: number | null;
                                            /** @enum {string} */
                                            qualifier: "exact" | "about" | "at_least" | "at_most";
                                        } & {
                                            [key: string]: unknown;
                                        })[];
                                        unknownSize: boolean;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    max: number | null;
                                    /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                    min: number | null;
                                    /** @enum {string} */
                                    qualifier: "exact" | "about" | "at_least" | "at_most";
                                    sourceIds: string[];
                                    unknownSizeEvents: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                reconciliationByAgreement: ({
                                    agreementId: string;
                                    /** @description null for the public when from 1 to 4 */
                                    identified: number | null;
                                    moreIdentifiedThanReported: boolean | null;
                                    reported: {
                                        breakdowns: number;
                                        countIds: string[];
                                        events: number;
                                        max: number | null;
                                        /** @description the sum of the items’ ranges; null when nothing in it has a number */
                                        min: number | null;
                                        /** @enum {string} */
                                        qualifier: "exact" | "about" | "at_least" | "at_most";
                                        sourceIds: string[];
                                        unknownSizeEvents: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @description identified / reported; a range when the reported figure is one; never capped at 1 */
                                    share: (number | ({
                                        max: number | null;
                                        min: number | null;
                                    } & {
                                        [key: string]: unknown;
                                    })) | null;
                                    suppressed: boolean;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                records: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the public only: how the tables are protected */
                            suppression?: string;
                            /** @description the public: counts under it are suppressed; null from viewer up */
                            suppressionThreshold: number | null;
                        } & {
                            [key: string]: unknown;
                        });
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
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens; an admin may ask for any account with ?user=EMAIL|ID or for all with ?user=* */
        get: {
            parameters: {
                query?: {
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                createdAt: string;
                                expiresAt: string;
                                id: string;
                                lastFour: string;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                scope: "read" | "write";
                                userId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token for myself: answered once, then only its last four characters are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expires?: string;
                        name?: string;
                        /** @enum {string} */
                        scope: "read" | "write";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stored: {
                                active: boolean;
                                createdAt: string;
                                expiresAt: string;
                                id: string;
                                lastFour: string;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                scope: "read" | "write";
                                userId: string;
                            };
                            token: string;
                        };
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
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (mine, or any as admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            expiresAt: string;
                            id: string;
                            lastFour: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            scope: "read" | "write";
                            userId: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transfers (JSON, or CSV with format=csv or Accept: text/csv) */
        get: {
            parameters: {
                query?: {
                    agreementId?: string;
                    basis?: string;
                    cursor?: string;
                    dateMatch?: "within" | "overlaps";
                    destination?: string;
                    facilityId?: string;
                    /** @description csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does */
                    format?: "json" | "csv";
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    from?: string;
                    fromCountry?: string;
                    includeRetracted?: "true" | "false";
                    limit?: number;
                    movementId?: string;
                    personId?: string;
                    sort?: string;
                    sourceId?: string;
                    status?: string;
                    /** @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
                    to?: string;
                    toCountry?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Transfer"][];
                            limit: number;
                            /** @description send as cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedToReceivingState?: boolean | null;
                        /** @description id (agr_…) */
                        agreementId?: string;
                        alternatives?: {
                            column?: string;
                            reason: string;
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        asylumProcedureAvailable?: boolean | null;
                        atSendingStateRequest?: boolean | null;
                        attorneyAccess?: boolean | null;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        custodyTransferAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        /**
                         * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                         * @example 2025-03
                         */
                        date: string;
                        /**
                         * @description An instant: ISO 8601 with offset on input; stored as UTC with the original offset kept
                         * @example 2025-03-15T17:45:00-05:00
                         */
                        departureAt?: string | {
                            offset: string;
                            utc: string;
                        };
                        detainedOnArrival?: boolean | null;
                        exigent?: boolean | null;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        fromCountry: string;
                        /** @description id (fac_…) */
                        fromFacilityId?: string;
                        individualAssessment?: boolean | null;
                        interimMeasureInForce?: boolean | null;
                        /** @enum {string} */
                        legalBasis: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                        /** @description id (mov_…) */
                        movementId?: string;
                        note?: string;
                        onward?: {
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /**
                             * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                             * @example SLV
                             */
                            to: string;
                        }[];
                        onwardReturnProtection?: boolean | null;
                        origin?: {
                            row: number;
                            sheet?: string;
                            /** @description id (src_…) */
                            sourceId: string;
                        };
                        /** @description id (per_…) */
                        personId: string;
                        sourceIds: string[];
                        /**
                         * @default completed
                         * @enum {string}
                         */
                        status?: "completed" | "halted" | "planned" | "unknown";
                        statusDecisionAt?: (string | {
                            offset: string;
                            utc: string;
                        }) | null;
                        /**
                         * @description ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)
                         * @example SLV
                         */
                        toCountry: string;
                        /** @description id (fac_…) */
                        toFacilityId?: string;
                        warnings?: {
                            column: string | null;
                            reason: string;
                            value: string | null;
                        }[];
                        withheld?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admittedToReceivingState?: boolean | null;
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            asylumProcedureAvailable?: boolean | null;
                            atSendingStateRequest?: boolean | null;
                            attorneyAccess?: boolean | null;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            custodyTransferAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            departureAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            detainedOnArrival?: boolean | null;
                            exigent?: boolean | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry: string;
                            /** @description id (fac_…) */
                            fromFacilityId?: string;
                            id: string;
                            individualAssessment?: boolean | null;
                            interimMeasureInForce?: boolean | null;
                            /** @enum {string} */
                            legalBasis: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description id (mov_…) */
                            movementId?: string;
                            note?: string;
                            onward?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                to: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            onwardReturnProtection?: boolean | null;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status?: "completed" | "halted" | "planned" | "unknown";
                            statusDecisionAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            /** @description id (fac_…) */
                            toFacilityId?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one transfer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Transfer"];
                    };
                };
            };
        };
        /** Replace a transfer (send the version you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admittedToReceivingState?: boolean | null;
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            asylumProcedureAvailable?: boolean | null;
                            atSendingStateRequest?: boolean | null;
                            attorneyAccess?: boolean | null;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            custodyTransferAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            departureAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            detainedOnArrival?: boolean | null;
                            exigent?: boolean | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry: string;
                            /** @description id (fac_…) */
                            fromFacilityId?: string;
                            id: string;
                            individualAssessment?: boolean | null;
                            interimMeasureInForce?: boolean | null;
                            /** @enum {string} */
                            legalBasis: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description id (mov_…) */
                            movementId?: string;
                            note?: string;
                            onward?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                to: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            onwardReturnProtection?: boolean | null;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status?: "completed" | "halted" | "planned" | "unknown";
                            statusDecisionAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            /** @description id (fac_…) */
                            toFacilityId?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a transfer (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admittedToReceivingState?: boolean | null;
                            /** @description id (agr_…) */
                            agreementId?: string;
                            alternatives?: ({
                                column?: string;
                                reason: string;
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                                values: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            asylumProcedureAvailable?: boolean | null;
                            atSendingStateRequest?: boolean | null;
                            attorneyAccess?: boolean | null;
                            /** @description the contradictions naming this fact among its person's facts (or a movement's own) */
                            conflicts?: ({
                                /** @enum {string} */
                                code: "completed_transfer_in_future" | "custody_before_birth" | "release_before_detention" | "custody_ends_before_it_begins" | "movement_arrives_before_departure" | "transfer_handover_before_departure" | "two_facilities_at_once" | "in_facility_before_transfer";
                                /** @description the facts involved, the one the conflict is about first, with the fields at odds */
                                facts: ({
                                    id: string;
                                    /** @enum {string} */
                                    kind: "personRecord" | "custodyEvent" | "transfer" | "movement";
                                    paths: string[][];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                message: {
                                    en: string;
                                    es: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdAt: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            custodyTransferAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /**
                             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                             * @example 2025-03
                             */
                            date: string;
                            /** @description An instant: UTC with the offset the source wrote */
                            departureAt?: {
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            };
                            detainedOnArrival?: boolean | null;
                            exigent?: boolean | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            fromCountry: string;
                            /** @description id (fac_…) */
                            fromFacilityId?: string;
                            id: string;
                            individualAssessment?: boolean | null;
                            interimMeasureInForce?: boolean | null;
                            /** @enum {string} */
                            legalBasis: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
                            /** @description id (mov_…) */
                            movementId?: string;
                            note?: string;
                            onward?: ({
                                /**
                                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                                 * @example 2025-03
                                 */
                                date: string;
                                /**
                                 * @description ISO 3166-1 alpha-3 code
                                 * @example SLV
                                 */
                                to: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            onwardReturnProtection?: boolean | null;
                            origin?: {
                                row: number;
                                sheet?: string;
                                /** @description id (src_…) */
                                sourceId: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description id (per_…) */
                            personId: string;
                            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
                            retracted: ({
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            sourceIds: string[];
                            /** @enum {string} */
                            status?: "completed" | "halted" | "planned" | "unknown";
                            statusDecisionAt?: ({
                                /** @description the UTC offset the source wrote, ±HH:MM */
                                offset: string;
                                /** @description the instant in UTC (ISO 8601, Z) */
                                utc: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /**
                             * @description ISO 3166-1 alpha-3 code
                             * @example SLV
                             */
                            toCountry: string;
                            /** @description id (fac_…) */
                            toFacilityId?: string;
                            updatedAt: string;
                            version: number;
                            warnings?: ({
                                column: string | null;
                                reason: string;
                                value: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            withheld?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/transfers/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The findings of a transfer, recomputed first if the facts or the rule pack changed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the case bundle the findings were computed from, redacted as the findings are */
                            computedFrom?: unknown;
                            evaluatedAt?: string;
                            findings: ({
                                /** @enum {string} */
                                authorityStatus: "binding" | "agency_policy" | "stayed" | "vacated" | "contested" | "soft_law";
                                citations: string[];
                                contested: boolean;
                                es: {
                                    explanation: string;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                explanation: string;
                                /** @description bundle paths and the values that decided */
                                facts: {
                                    [key: string]: unknown;
                                };
                                missingFacts?: string[];
                                outcome: string;
                                packVersion: string;
                                /** @enum {string} */
                                potentialSeverity?: "violation" | "warning" | "info";
                                ruleId: string;
                                /** @enum {string} */
                                severity: "violation" | "warning" | "info";
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            packVersion?: string;
                            personId?: string;
                            /** @description only when the transfer is retracted: then there are no findings */
                            retracted?: {
                                at: string;
                                reason: string;
                            } & {
                                [key: string]: unknown;
                            };
                            transferId: string;
                        } & {
                            [key: string]: unknown;
                        };
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
    "/api/transfers/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a transfer with a reason (nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read; a stale one gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Transfer"];
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an account (admin); without a password one is generated and answered once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password?: string;
                        /** @enum {string} */
                        role: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password: string | null;
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/users/{id}": {
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
        /** Change an account's role, or disable it (its sessions and tokens end at once) or enable it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        /** @enum {string} */
                        role?: "admin" | "editor" | "viewer";
                        /** @description the version you read; a stale one gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset an account's password (admin): the one sent, or a generated one answered once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password: string | null;
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/users/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an account's second factor (a lost device); it can enrol again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                credentialsChangedAt: string;
                                demo: boolean;
                                disabled: boolean;
                                disabledAt: string | null;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                secondFactor: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's sessions, newest first (admin); ?all=true includes ended ones */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                address: string | null;
                                createdAt: string;
                                endedAt: string | null;
                                endedReason: string | null;
                                expiresAt: string;
                                id: string;
                                lastSeenAt: string;
                                secondFactor: string;
                                userAgent: string | null;
                                userId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** End every session of an account (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description The agreement as the caller's role sees it. */
        Agreement: {
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "third_country_transfer" | "prisoner_housing" | "safe_third_country" | "offshore_processing" | "readmission";
            legallyBinding?: boolean | null;
            name: string;
            note?: string;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            receivingCountry: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            sendingCountry: string;
            sourceIds: string[];
            statusHistory?: ({
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                date: string;
                note?: string;
                sourceIds: string[];
                /** @enum {string} */
                status: "announced" | "signed" | "in_force" | "suspended" | "ended" | "struck_down";
            } & {
                [key: string]: unknown;
            })[];
            terms?: (({
                amendment?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveFrom?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveTo?: string;
                note?: string;
                period?: string;
                persons: number;
                sourceIds: string[];
                /** @constant */
                type: "cap";
            } & {
                [key: string]: unknown;
            }) | ({
                amendment?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveFrom?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveTo?: string;
                months?: number;
                note?: string;
                renewable?: boolean;
                sourceIds: string[];
                text?: string;
                /** @constant */
                type: "duration";
            } & {
                [key: string]: unknown;
            }) | ({
                amendment?: string;
                amount: number;
                currency: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveFrom?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveTo?: string;
                note?: string;
                /** @enum {string} */
                per?: "total" | "person" | "year" | "person_per_year";
                sourceIds: string[];
                /** @constant */
                type: "payment";
            } & {
                [key: string]: unknown;
            }) | ({
                accepts: ("nationals_only" | "third_country_nationals" | "any_nationality" | "convicted_only" | "no_criminal_history" | "no_unaccompanied_minors" | "adults_only" | "men_only")[];
                amendment?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveFrom?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveTo?: string;
                note?: string;
                sourceIds: string[];
                /** @constant */
                type: "eligibility";
            } & {
                [key: string]: unknown;
            }) | ({
                amendment?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveFrom?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                effectiveTo?: string;
                facilityIds: string[];
                note?: string;
                sourceIds: string[];
                /** @constant */
                type: "facilities";
            } & {
                [key: string]: unknown;
            }))[];
            updatedAt: string;
            version: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The allegation as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        Allegation: {
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            basis: "conviction" | "charge" | "tattoo" | "police_database" | "gang_database" | "social_media" | "officer_statement" | "government_statement" | "other";
            /** @enum {string} */
            category: "gang_membership" | "violent_offence" | "drug_offence" | "property_offence" | "immigration_offence" | "traffic_offence" | "other";
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date?: string;
            description: string;
            id: string;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            jurisdiction?: string;
            /** @enum {string} */
            kind: "allegation" | "conviction";
            note?: string;
            organisation?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @enum {string} */
            status: "alleged" | "charged" | "convicted" | "dismissed" | "acquitted";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The custody event as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        CustodyEvent: {
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @description An instant: UTC with the offset the source wrote */
            at?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country?: string;
            createdAt: string;
            custodian?: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description id (fac_…) */
            facilityId?: string;
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            reason?: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            stay?: {
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                from: string;
                releaseReason?: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                to?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (trf_…) */
            transferId?: string;
            /** @enum {string} */
            type: "detained" | "transferred" | "released" | "returned" | "died" | "whereabouts_unknown";
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            until?: string;
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The facility as the caller's role sees it. */
        Facility: {
            aliases?: string[];
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            coordinates?: {
                lat: number;
                lon: number;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country: string;
            createdAt: string;
            credibleTortureReports?: boolean;
            district?: string;
            id: string;
            /** @enum {string} */
            kind: "maximum_security_prison" | "prison" | "immigration_detention" | "processing_centre" | "hotel_shelter" | "military_base" | "other";
            locality?: string;
            name: string;
            note?: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            openedOn?: string;
            operator?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            reportedCapacity?: {
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                asOf?: string;
                value: number;
            } & {
                [key: string]: unknown;
            };
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            securityLevel?: string;
            sourceIds: string[];
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The legal event as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        LegalEvent: ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            appealWaived?: boolean;
            /** @enum {string} */
            authority: "INA240" | "ER235b1" | "REINST241a5" | "238b" | "AEA" | "NONE";
            countriesIdentifiedInWriting?: string[];
            countriesNamed?: string[];
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            finalAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            id: string;
            /** @description An instant: UTC with the offset the source wrote */
            issuedAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "removal_order";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            decidedAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description An instant: UTC with the offset the source wrote */
            filedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            forum: string;
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "appeal";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            court?: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            from: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @enum {string} */
            stayKind: "judicial" | "administrative" | "automatic";
            to?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @constant */
            type: "stay";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            court: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            filedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "petition_for_review";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            grantedAt: string;
            /** @enum {string} */
            grantType: "INA241b3" | "CAT_withholding" | "CAT_deferral" | "asylum";
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            terminatedAt?: string | null;
            /** @constant */
            type: "protection_grant";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            case: string;
            court: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            id: string;
            note?: string;
            /** @description An instant: UTC with the offset the source wrote */
            oralAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            orderKey?: string;
            /** @enum {string} */
            orderKind: "temporary_restraining_order" | "preliminary_injunction" | "injunction" | "other";
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @enum {string} */
            scope: "aea_designees" | "class_c" | "this_person";
            sourceIds: string[];
            stayedAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @constant */
            type: "court_order";
            updatedAt: string;
            vacatedAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
            /** @description An instant: UTC with the offset the source wrote */
            writtenAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            explainsHowToChallenge?: boolean;
            id: string;
            language?: string;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            namesCountry?: string;
            note?: string;
            /** @enum {string} */
            noticeKind: "removal" | "third_country" | "aea";
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description An instant: UTC with the offset the source wrote */
            servedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            sourceIds: string[];
            toCounsel: boolean;
            toPerson: boolean;
            /** @constant */
            type: "notice_served";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description An instant: UTC with the offset the source wrote */
            raisedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "fear_claim";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            decidedAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            outcome: ("positive" | "negative") | null;
            /** @description id (per_…) */
            personId: string;
            /** @description An instant: UTC with the offset the source wrote */
            referredAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @enum {string} */
            screeningKind: "credible_fear" | "reasonable_fear" | "third_country_fear";
            sourceIds: string[];
            /** @constant */
            type: "screening";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            court: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            docket?: string;
            /** @description An instant: UTC with the offset the source wrote */
            filedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "habeas_petition";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            by: "DHS" | "person";
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            filedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "reopen_motion";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            assuranceKind: "blanket" | "individual";
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            country: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            deemedCredibleAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "assurance";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        }) | ({
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            designatedAt: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            id: string;
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @constant */
            type: "aea_designation";
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        });
        /** @description The movement as the caller's role sees it. */
        Movement: {
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            arrival: {
                airport?: string;
                /** @description An instant: UTC with the offset the source wrote */
                at?: {
                    /** @description the UTC offset the source wrote, ±HH:MM */
                    offset: string;
                    /** @description the instant in UTC (ISO 8601, Z) */
                    utc: string;
                } & {
                    [key: string]: unknown;
                };
                /**
                 * @description ISO 3166-1 alpha-3 code
                 * @example SLV
                 */
                country: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                date?: string;
                /** @description id (fac_…) */
                facilityId?: string;
                place: string;
            } & {
                [key: string]: unknown;
            };
            carrier?: string;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            departure: {
                airport?: string;
                /** @description An instant: UTC with the offset the source wrote */
                at?: {
                    /** @description the UTC offset the source wrote, ±HH:MM */
                    offset: string;
                    /** @description the instant in UTC (ISO 8601, Z) */
                    utc: string;
                } & {
                    [key: string]: unknown;
                };
                /**
                 * @description ISO 3166-1 alpha-3 code
                 * @example SLV
                 */
                country: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                date?: string;
                /** @description id (fac_…) */
                facilityId?: string;
                place: string;
            } & {
                [key: string]: unknown;
            };
            flightNumber?: string;
            id: string;
            /** @enum {string} */
            kind: "flight" | "bus" | "ship" | "land" | "other";
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            stops?: ({
                airport?: string;
                /** @description An instant: UTC with the offset the source wrote */
                at?: {
                    /** @description the UTC offset the source wrote, ±HH:MM */
                    offset: string;
                    /** @description the instant in UTC (ISO 8601, Z) */
                    utc: string;
                } & {
                    [key: string]: unknown;
                };
                /**
                 * @description ISO 3166-1 alpha-3 code
                 * @example SLV
                 */
                country: string;
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                date?: string;
                /** @description id (fac_…) */
                facilityId?: string;
                place: string;
            } & {
                [key: string]: unknown;
            })[];
            tailNumber?: string;
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The person as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        Person: {
            createdAt: string;
            fictional?: boolean;
            id: string;
            note?: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            updatedAt: string;
            version: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The person record as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        PersonRecord: {
            aliases?: string[];
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            birthDate?: string;
            createdAt: string;
            familyNames?: string;
            fullName?: string;
            givenNames?: string;
            hasCounsel?: boolean | null;
            id: string;
            identifiers?: ({
                /**
                 * @description ISO 3166-1 alpha-3 code
                 * @example SLV
                 */
                country?: string;
                /** @enum {string} */
                kind: "a_number" | "passport" | "national_id" | "fbi_number" | "eid_subject" | "source_key" | "other";
                value: string;
            } & {
                [key: string]: unknown;
            })[];
            languages?: string[];
            lawfulPermanentResident?: boolean | null;
            nationalities?: string[];
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId?: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @enum {string} */
            sex?: "female" | "male" | "other" | "unknown";
            sourceIds: string[];
            sourceRecordId?: string;
            unaccompaniedChild?: boolean | null;
            updatedAt: string;
            usCitizen?: boolean | null;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The reported count as the caller's role sees it. */
        ReportedCount: {
            /** @description id (agr_…) */
            agreementId?: string;
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            basis?: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
            count: number | null;
            createdAt: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            dateFrom: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            dateTo?: string;
            description?: string;
            /** @description id (fac_…) */
            facilityId?: string;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            fromCountry?: string;
            group?: string;
            id: string;
            individual?: boolean;
            /** @description id (mov_…) */
            movementId?: string;
            nationalities?: string[];
            note?: string;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description a breakdown of this count (cnt_…) */
            partOf?: string;
            /** @enum {string} */
            qualifier?: "exact" | "about" | "at_least" | "at_most";
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description another source's count of the same event (cnt_…) */
            sameEventAs?: string;
            /** @description persons already counted there, moved again later (cnt_…) */
            samePersonsAs?: string;
            sourceIds: string[];
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            toCountry: string;
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The source as the caller's role sees it. */
        Source: {
            checksum?: string;
            createdAt: string;
            fictional?: boolean;
            id: string;
            /** @enum {string} */
            kind: "government_statement" | "court_record" | "news_report" | "foia_release" | "dataset" | "ngo_report" | "flight_tracking" | "case_file" | "synthetic";
            language?: string;
            note?: string;
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            publishedOn?: string;
            publisher: string;
            /** @enum {string} */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description An instant: UTC with the offset the source wrote */
            retrievedAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            sensitivity?: "public" | "restricted" | "confidential";
            title: string;
            updatedAt: string;
            url?: string;
            version: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The transfer as the caller's role sees it. Person data (viewer and up): below editor, identifiers, the source’s id of the record, notes, free text about the person (allegation descriptions, dockets, case names) and retraction reasons read "withheld", and birth dates give the year only. */
        Transfer: {
            admittedToReceivingState?: boolean | null;
            /** @description id (agr_…) */
            agreementId?: string;
            alternatives?: ({
                column?: string;
                reason: string;
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
                values: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            asylumProcedureAvailable?: boolean | null;
            atSendingStateRequest?: boolean | null;
            attorneyAccess?: boolean | null;
            createdAt: string;
            /** @description An instant: UTC with the offset the source wrote */
            custodyTransferAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
             * @example 2025-03
             */
            date: string;
            /** @description An instant: UTC with the offset the source wrote */
            departureAt?: {
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            };
            detainedOnArrival?: boolean | null;
            exigent?: boolean | null;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            fromCountry: string;
            /** @description id (fac_…) */
            fromFacilityId?: string;
            id: string;
            individualAssessment?: boolean | null;
            interimMeasureInForce?: boolean | null;
            /** @enum {string} */
            legalBasis: "INA241" | "AEA" | "UK_ENFORCED" | "IT_ALB_PROTOCOL" | "OTHER";
            /** @description id (mov_…) */
            movementId?: string;
            note?: string;
            onward?: ({
                /**
                 * @description A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
                 * @example 2025-03
                 */
                date: string;
                /**
                 * @description ISO 3166-1 alpha-3 code
                 * @example SLV
                 */
                to: string;
            } & {
                [key: string]: unknown;
            })[];
            onwardReturnProtection?: boolean | null;
            origin?: {
                row: number;
                sheet?: string;
                /** @description id (src_…) */
                sourceId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description id (per_…) */
            personId: string;
            /** @description null unless retracted; on person data below editor the reason reads 'withheld' */
            retracted: ({
                at: string;
                reason: string;
            } & {
                [key: string]: unknown;
            }) | null;
            sourceIds: string[];
            /** @enum {string} */
            status?: "completed" | "halted" | "planned" | "unknown";
            statusDecisionAt?: ({
                /** @description the UTC offset the source wrote, ±HH:MM */
                offset: string;
                /** @description the instant in UTC (ISO 8601, Z) */
                utc: string;
            } & {
                [key: string]: unknown;
            }) | null;
            /**
             * @description ISO 3166-1 alpha-3 code
             * @example SLV
             */
            toCountry: string;
            /** @description id (fac_…) */
            toFacilityId?: string;
            updatedAt: string;
            version: number;
            warnings?: ({
                column: string | null;
                reason: string;
                value: string | null;
            } & {
                [key: string]: unknown;
            })[];
            withheld?: string[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
