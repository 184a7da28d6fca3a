"""Every method the desk, the app's pages and REST clients call, one module per area of the product
(as frappe/crm keeps its api/), including those that replace Frappe's own through hooks."""
