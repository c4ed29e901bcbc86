package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.Shipment;
import dev.kassa.domain.order.ShippingAddress;

/** Maps where an order goes and how it travels to the shipping columns of its row. */
final class ShippingMapper {

  private ShippingMapper() {}

  static ShippingAddress address(OrdersRecord row) {
    if (row.getShippingCountry() == null) {
      return null;
    }
    return new ShippingAddress(
        row.getShippingName(),
        row.getShippingLine1(),
        row.getShippingLine2(),
        row.getShippingPostalCode(),
        row.getShippingCity(),
        row.getShippingCountry());
  }

  static Shipment shipment(OrdersRecord row) {
    if (row.getShipmentCarrier() == null && row.getShipmentTrackingNumber() == null) {
      return null;
    }
    return new Shipment(row.getShipmentCarrier(), row.getShipmentTrackingNumber());
  }

  static OrdersRecord withAddress(OrdersRecord row, Order order) {
    var address = order.shippingAddress();
    if (address == null) {
      return row;
    }
    return row.setShippingName(address.name())
        .setShippingLine1(address.line1())
        .setShippingLine2(address.line2())
        .setShippingPostalCode(address.postalCode())
        .setShippingCity(address.city())
        .setShippingCountry(address.country());
  }

  static OrdersRecord withShipment(OrdersRecord row, Order order) {
    var shipment = order.shipment();
    return row.setShipmentCarrier(shipment == null ? null : shipment.carrier())
        .setShipmentTrackingNumber(shipment == null ? null : shipment.trackingNumber());
  }
}
