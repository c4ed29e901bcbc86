-- Images uploaded to products, with their bytes: the cleaned original (no metadata) and a
-- thumbnail. A new image takes its position from the sequence, so it comes after the product's
-- others; a reorder numbers the images it names from zero, below any position the sequence gives.

create sequence product_images_position_seq;

create table product_images (
    id                     uuid         not null primary key,
    product_id             uuid         not null references products (id),
    position               bigint       not null,
    content_type           varchar(32)  not null,
    width                  integer      not null,
    height                 integer      not null,
    bytes                  bigint       not null,
    content                bytea        not null,
    digest                 varchar(64)  not null,
    thumbnail_content_type varchar(32)  not null,
    thumbnail              bytea        not null,
    thumbnail_digest       varchar(64)  not null,
    created_at             timestamp with time zone not null,
    constraint product_images_dimensions_positive check (width > 0 and height > 0),
    constraint product_images_bytes_match check (bytes = octet_length(content))
);

create index product_images_product_idx on product_images (product_id, position, id);
