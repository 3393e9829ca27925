/** The document kinds the server accepts (NOTARY_DOCUMENT_KINDS), in the order the lists show them. */
export const DOCUMENT_KINDS = ['affidavit', 'power_of_attorney', 'deed', 'vehicle_title', 'other'] as const;
